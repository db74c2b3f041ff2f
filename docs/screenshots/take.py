#!/usr/bin/python3
"""The README's screenshots, taken from a running Bookspace with its demo organisation.

Start the application first (./mvnw -Prun), then run:  /usr/bin/python3 docs/screenshots/take.py
Needs Debian's chromium, chromium-driver and python3-selenium. Writes docs/screenshots/*.png: the public
rooms page, a room's page and the dashboard's home, each on a desktop (1280 x 800) and on a phone
(375 x 812, at twice the pixels, as a phone's screen has them); and the rooms page and a room's page on a phone
whose browser asks for German (rooms-phone-de.png, room-phone-de.png), as a guest from Germany sees them.
"""
import datetime
import pathlib
import sys
import tempfile

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8080"
OUT = pathlib.Path(__file__).resolve().parent
CHECK_IN = datetime.date.today() + datetime.timedelta(days=7)
ROOMS = f"/demo/rooms?check_in={CHECK_IN}&checkout={CHECK_IN + datetime.timedelta(days=2)}&guests=2"


# What the pages read as the guest's language (Accept-Language), with the browser's own language to match.
LANGUAGES = {"en": ("en-GB", "en-GB,en"), "de": ("de-DE", "de-DE,de")}


def browser(phone, language="en"):
    flag_language, accepted = LANGUAGES[language]
    options = webdriver.ChromeOptions()
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--hide-scrollbars", "--window-size=1280,800", "--lang=" + flag_language,
                 "--user-data-dir=" + tempfile.mkdtemp(prefix="bookspace-shots-")):
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"intl.accept_languages": accepted})
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    if phone:
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": 375, "height": 812, "deviceScaleFactor": 2, "mobile": True})
        driver.execute_cdp_cmd("Emulation.setTouchEmulationEnabled", {"enabled": True})
    return driver


def shoot(driver, path, name, ready):
    driver.get(BASE + path)
    WebDriverWait(driver, 20).until(expected_conditions.presence_of_element_located((By.CSS_SELECTOR, ready)))
    # Photos load lazily: wait until every image on screen has its pixels.
    WebDriverWait(driver, 20).until(lambda d: d.execute_script(
        "return [...document.images].every(image => image.complete)"))
    driver.save_screenshot(str(OUT / f"{name}.png"))
    print("wrote", OUT / f"{name}.png")


def rooms_and_room(driver, suffix):
    shoot(driver, ROOMS, f"rooms-{suffix}", "[data-role=room-card]")
    room = driver.find_element(By.CSS_SELECTOR, "[data-role=room-link]").get_attribute("href")
    shoot(driver, room.replace(BASE, ""), f"room-{suffix}", "[data-role=organisation-name]")


def main():
    for device in ("desktop", "phone"):
        driver = browser(device == "phone")
        try:
            rooms_and_room(driver, device)
            driver.get(BASE + "/login.xhtml")
            driver.find_element(By.CSS_SELECTOR, "[data-role=login-email]").send_keys("owner@demo.bookspace.local")
            driver.find_element(By.CSS_SELECTOR, "[data-role=login-password]").send_keys("harbour-house-demo")
            driver.find_element(By.CSS_SELECTOR, "[data-role=login-submit]").click()
            WebDriverWait(driver, 20).until(lambda d: "/dashboard/" in d.current_url)
            shoot(driver, "/dashboard/", f"dashboard-{device}", "main")
        finally:
            driver.quit()
    driver = browser(True, "de")
    try:
        rooms_and_room(driver, "phone-de")
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
