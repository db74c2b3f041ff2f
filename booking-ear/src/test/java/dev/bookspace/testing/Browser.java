package dev.bookspace.testing;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, with the binary and driver given explicitly so that
 * nothing is downloaded. Without Chromium a developer's run skips browser tests; CI ({@code CI} set)
 * fails them instead, because .ci/run installs it. A closed browser is wiped and kept for the next
 * test, since starting Chromium costs a second or two.
 *
 * <p>Where it is installed, the browser is Chromium's headless shell (Debian's chromium-headless-shell): the same
 * Blink and V8 as the browser, without the browser's own user interface, which full Chromium draws and
 * composites even headless. In a sampled run of the whole suite, Chromium was the busiest process of all,
 * its browser process alone a fifth of a core (bench/TEST-SUITE.md).
 */
public final class Browser implements AutoCloseable {

    private static final File FULL_CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMIUM = Stream.of(new File("/usr/bin/chromium-headless-shell"), FULL_CHROMIUM)
            .filter(File::canExecute).findFirst().orElse(FULL_CHROMIUM);
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final Dimension WINDOW = new Dimension(1280, 900);
    private static final Deque<ChromeDriver> IDLE = new ConcurrentLinkedDeque<>();
    /** How often a wait looks again: Selenium's default, half a second, was most of a browser test's time. */
    private static final Duration POLL = Duration.ofMillis(50);

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> IDLE.forEach(ChromeDriver::quit)));
    }

    private final ChromeDriver driver;
    /** Whether the browser goes back to the pool when closed: not one set up for a single test (its languages). */
    private final boolean kept;

    private Browser(ChromeDriver driver, boolean kept) {
        this.driver = driver;
        this.kept = kept;
    }

    public static Browser open() {
        requireChromium();
        ChromeDriver idle = IDLE.poll();
        // American English, as full Chromium asks for unless told otherwise: the headless shell asks for none.
        return new Browser(idle != null ? idle
                : start(CHROMIUM, new ChromeOptions().addArguments("--lang=en-US", "--accept-lang=en-US,en")), true);
    }

    /**
     * Full Chromium, whose clipboard a page can write and {@link #clipboard()} read: the headless shell keeps none.
     * Quit when closed.
     */
    public static Browser withClipboard() {
        requireChromium();
        return new Browser(start(FULL_CHROMIUM, new ChromeOptions()), false);
    }

    /**
     * A browser of its own whose person reads these languages, first preferred ({@code en-GB}): it sends them as
     * Accept-Language. Quit when closed, so the pool's browsers keep Chromium's default.
     */
    public static Browser speaking(String languages) {
        requireChromium();
        // The headless shell reads the languages from --accept-lang, full Chromium from its profile's preference.
        return new Browser(start(CHROMIUM, new ChromeOptions()
                .addArguments("--lang=" + languages.split(",")[0], "--accept-lang=" + languages)
                .setExperimentalOption("prefs", Map.of("intl.accept_languages", languages))), false);
    }

    private static void requireChromium() {
        boolean installed = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(installed,
                    "Chromium is not installed: apt-get install -y chromium chromium-driver chromium-headless-shell");
        }
    }

    private static ChromeDriver start(File chromium, ChromeOptions options) {
        options
                .setBinary(chromium)
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--window-size=" + WINDOW.width + "," + WINDOW.height, "--user-data-dir=" + freshProfile(),
                        // A new frame host for every page loaded (Chromium's RenderDocument) is a fifth of the
                        // browser's CPU a page here (bench/TEST-SUITE.md); what a page does is the same without it.
                        "--disable-features=RenderDocument");
        if (chromium.getName().equals("chromium-headless-shell")) {
            // Told so, chromedriver opens the shell's first tab itself: the shell starts with none.
            options.setCapability("browserName", "chrome-headless-shell");
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build();
        return new ChromeDriver(service, options);
    }

    public Browser visit(String path) {
        driver.get(Pages.BASE_URL + path);
        return this;
    }

    public WebElement find(String dataRole) {
        return driver.findElement(By.cssSelector("[data-role=" + dataRole + "]"));
    }

    /** Clicks what the CSS selector finds first. */
    public void click(String css) {
        driver.findElement(By.cssSelector(css)).click();
    }

    /** The text of what the CSS selector finds first, or an empty string when it finds nothing. */
    public String text(String css) {
        return driver.findElements(By.cssSelector(css)).stream().findFirst().map(WebElement::getText).orElse("");
    }

    /** Rests the pointer on what the CSS selector finds first, as a person does to read a tooltip. */
    public void hover(String css) {
        new Actions(driver).moveToElement(driver.findElement(By.cssSelector(css))).perform();
    }

    /** The texts of everything the CSS selector finds. */
    public List<String> texts(String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    /** This attribute of everything the CSS selector finds. */
    public List<String> attributes(String css, String attribute) {
        return driver.findElements(By.cssSelector(css)).stream().map(element -> element.getAttribute(attribute)).toList();
    }

    /** Chooses an option, by its text, in the select with this data-role. */
    public void choose(String dataRole, String option) {
        new Select(driver.findElement(By.cssSelector("select[data-role=" + dataRole + "]"))).selectByVisibleText(option);
    }

    /** Chooses an option, by its text, in the select the CSS selector finds first (one of several alike, say). */
    public void chooseIn(String css, String option) {
        new Select(driver.findElement(By.cssSelector(css))).selectByVisibleText(option);
    }

    /**
     * Chooses an option of the PrimeFaces menu with this data-role by typing into its search field, as a
     * person finds one in a long list.
     */
    public void search(String dataRole, String typed, String option) {
        String panel = openMenu(dataRole);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(5), POLL);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(panel + " input.ui-selectonemenu-filter")))
                .sendKeys(typed);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(panel + " li[data-label='" + option + "']"))).click();
    }


    /** From now on this browser is a phone's, 375 by 812 CSS pixels, touch and all, until it is closed. */
    public Browser asPhone() {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 375, "height", 812, "deviceScaleFactor", 2, "mobile", true));
        driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true));
        return this;
    }

    /**
     * How many CSS pixels the page is wider than the screen: 0 when nothing makes it scroll sideways. Measured against
     * the page's layout width, not {@code window.innerWidth}, which a phone widens to the page's when it zooms out to
     * show all of a page too wide for it, so that a page too wide read as fitting.
     */
    public long overflowWidth() {
        return ((Number) driver.executeScript("return Math.max(0, document.documentElement.scrollWidth"
                + " - document.documentElement.clientWidth)")).longValue();
    }

    /** What starts the page's reach past the screen's right edge, as "tag.class data-role (right edge)": why it is too wide. */
    public String pastTheRightEdge() {
        return String.valueOf(driver.executeScript("""
                const width = document.documentElement.clientWidth;
                const past = e => e.offsetParent !== null && e.getBoundingClientRect().right > width + 1;
                return [...document.querySelectorAll('body *')].filter(e => past(e) && !past(e.parentElement))
                  .map(e => e.tagName.toLowerCase() + '.' + e.className + ' ' + (e.dataset.role || '')
                      + ' (' + Math.round(e.getBoundingClientRect().right) + ')');
                """));
    }

    /** Chooses an option of the short PrimeFaces menu with this data-role by opening it and clicking the option. */
    public void pick(String dataRole, String option) {
        String panel = openMenu(dataRole);
        String menu = panel.replace("_panel']", "']");
        By choice = By.cssSelector(panel + " li[data-label='" + option + "']");
        new WebDriverWait(driver, Duration.ofSeconds(5), POLL).until(ExpectedConditions.elementToBeClickable(choice)).click();
        // A click that lands while the panel still slides open picks nothing: until the menu shows the choice,
        // open it again if it closed, and click the option again, as a person would.
        new WebDriverWait(driver, Duration.ofSeconds(5)).ignoring(WebDriverException.class).until(ignored -> {
            if (option.equals(driver.executeScript("const label = document.querySelector(arguments[0]);"
                    + " return (label.value || label.textContent).trim()", menu + " .ui-selectonemenu-label"))) {
                return true;
            }
            if (!driver.findElement(By.cssSelector(panel)).isDisplayed()) {
                driver.findElement(By.cssSelector(menu + " .ui-selectonemenu-trigger")).click();
            } else {
                driver.findElement(choice).click();
            }
            return false;
        });
    }

    /** Opens the PrimeFaces menu with this data-role; answers the CSS selector of its panel of options. */
    private String openMenu(String dataRole) {
        WebElement menu = (WebElement) driver.executeScript(
                "return document.querySelector('[data-role=" + dataRole + "]').closest('.ui-selectonemenu')");
        menu.findElement(By.cssSelector(".ui-selectonemenu-trigger")).click();
        return "[id='" + menu.getAttribute("id") + "_panel']";
    }


    /** Types into the input with this data-role, replacing its text, then leaves the field as a person would. */
    public void type(String dataRole, String text) {
        // Leaving the previous field may have sent an Ajax request that re-renders this one: wait for it.
        waitUntil(page -> Boolean.TRUE.equals(page.script("return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
        String css = "[data-role=" + dataRole + "]";
        try {
            typeInto(css, text);
        } catch (StaleElementReferenceException replacedMeanwhile) {
            typeInto(css, text);
        }
    }

    private void typeInto(String css, String text) {
        WebElement input = driver.findElement(By.cssSelector(css));
        input.clear();
        input.sendKeys(text, Keys.TAB);
    }

    /**
     * Types a day into the PrimeFaces date picker with this data-role (its text field, not the widget
     * around it, which carries the data-role too) over what it holds, then leaves the field; any month
     * will do. It selects the old text with the keyboard: the picker answers a cleared field by putting
     * its date back.
     */
    public void typeDate(String dataRole, LocalDate day) {
        typeInPicker(dataRole, day.toString());
    }

    /** Types text into the date picker with this data-role over what it holds, as {@link #typeDate}: a stay, say. */
    public void typeInPicker(String dataRole, String text) {
        waitUntil(page -> Boolean.TRUE.equals(page.script("return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
        WebElement input = driver.findElement(By.cssSelector("input[data-role=" + dataRole + "]"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
    }

    /**
     * Opens the PrimeFaces date picker with this data-role and clicks a day, as a guest does. The day
     * must be in the month the picker opens on, the month of its current date.
     */
    public void pickDate(String dataRole, LocalDate day) {
        openPicker(dataRole);
        dayCell(dataRole, day).click();
    }

    /** Opens the range picker with this data-role and clicks a stay's check-in, then its checkout, as a person does. */
    public void pickStay(String dataRole, LocalDate checkIn, LocalDate checkout) {
        openPicker(dataRole);
        clickDay(dataRole, checkIn);
        clickDay(dataRole, checkout);
    }

    /** Clicks a day of the open picker; one the picker redrew meanwhile (the nights' answer came in) is found again. */
    private void clickDay(String dataRole, LocalDate day) {
        try {
            dayCell(dataRole, day).click();
        } catch (StaleElementReferenceException redrawn) {
            dayCell(dataRole, day).click();
        }
    }

    /** Opens the date picker with this data-role, as a click in its field does. */
    public void openPicker(String dataRole) {
        driver.findElement(By.cssSelector("input[data-role=" + dataRole + "]")).click();
    }

    /** The clickable day of the open picker with this data-role (its month shown, and the day not past). */
    public WebElement dayCell(String dataRole, LocalDate day) {
        String panel = driver.findElement(By.cssSelector("input[data-role=" + dataRole + "]")).getAttribute("id").replace("_input", "_panel");
        String label = day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + day.getDayOfMonth();
        return new WebDriverWait(driver, Duration.ofSeconds(5), POLL).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[id='" + panel + "'] td[aria-label='" + label + "'] a")));
    }

    /** Signs in on the login page this browser is on, as a person does. */
    public void signIn(String email, String password) {
        type("login-email", email);
        type("login-password", password);
        click("[data-role=login-submit]");
    }

    /** The session id of someone who signed in with the fixtures' password, for requests made without a browser. */
    public static String sessionOf(String email) {
        try (Browser browser = open().visit("/login.xhtml")) {
            browser.signIn(email, Fixtures.PASSWORD);
            browser.waitUntil(page -> !page.currentPath().startsWith("/login.xhtml"));
            return browser.cookie("JSESSIONID").getValue();
        }
    }

    /** The titles of the room cards now on screen. */
    public List<String> roomCards() {
        return driver.findElements(By.cssSelector("[data-role=room-card] [data-role=room-title]")).stream()
                .map(WebElement::getText).toList();
    }

    /** The address bar, without the server. */
    public String currentPath() {
        return driver.getCurrentUrl().substring(Pages.BASE_URL.length());
    }

    /**
     * What the page put on the clipboard, read as a paste would (the browser allowed to, as a person allows it),
     * in a browser opened {@link #withClipboard()}.
     */
    public String clipboard() {
        driver.executeCdpCommand("Browser.grantPermissions", Map.of("origin", Pages.BASE_URL,
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        return (String) driver.executeAsyncScript("navigator.clipboard.readText().then(arguments[arguments.length - 1])");
    }

    /** A cookie the browser holds for the server, or null. */
    public Cookie cookie(String name) {
        return driver.manage().getCookieNamed(name);
    }

    /** Forgets every cookie of the server, as a session that ended while the page stayed open. */
    public void forgetCookies() {
        driver.manage().deleteAllCookies();
    }

    /** The address bar, whole: after a redirect it may be another site. */
    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    /** Opens an absolute address. */
    public Browser open(String url) {
        driver.get(url);
        return this;
    }

    /** Chooses files in the file input inside what has this data-role, as a person does in the file dialog. */
    public void upload(String dataRole, Path... files) {
        WebElement input = driver.findElement(By.cssSelector("[data-role=" + dataRole + "] input[type=file]"));
        input.sendKeys(String.join("\n", Arrays.stream(files).map(file -> file.toAbsolutePath().toString()).toList()));
    }

    /** Gives what has this data-role the keyboard's focus, as Tab would, and presses a key there. */
    public void press(String dataRole, CharSequence key) {
        WebElement element = find(dataRole);
        driver.executeScript("arguments[0].focus()", element);
        new Actions(driver).sendKeys(key).perform();
    }

    /**
     * What axe-core (Deque's accessibility engine, WCAG 2.1 A and AA rules) finds critical or serious on the page
     * as it is now, one line each: the rule, its help text, and where (CSS selectors); empty when none.
     */
    public List<String> accessibilityViolations() {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        return results.getViolations().stream()
                .filter(rule -> "critical".equals(rule.getImpact()) || "serious".equals(rule.getImpact()))
                .map(rule -> rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(node -> node.getTarget() + " (" + node.getFailureSummary() + ")").toList())
                .toList();
    }

    /**
     * The accessible names Chromium computes for the page's elements of this ARIA role (what a screen reader
     * announces), in page order; hidden and ignored elements left out.
     */
    @SuppressWarnings("unchecked")
    public List<String> accessibleNames(String role) {
        Map<String, Object> tree = driver.executeCdpCommand("Accessibility.getFullAXTree", Map.of());
        return ((List<Map<String, Object>>) tree.get("nodes")).stream()
                .filter(node -> !Boolean.TRUE.equals(node.get("ignored")))
                .filter(node -> role.equals(axValue(node.get("role"))))
                .map(node -> String.valueOf(axValue(node.get("name"))))
                .toList();
    }

    /** The value of a CDP AXValue ({@code {type, value}}), or "" without one. */
    @SuppressWarnings("unchecked")
    private static Object axValue(Object axValue) {
        return axValue instanceof Map<?, ?> map && map.get("value") != null ? ((Map<String, Object>) map).get("value") : "";
    }

    /**
     * Presses Tab, as a keyboard user moves on, until what has the focus is (or is inside) what the CSS selector
     * names; fails after 80 presses, when the keyboard cannot reach it.
     */
    public void tabTo(String css) {
        List<Object> visited = new ArrayList<>();
        for (int presses = 0; presses < 80; presses++) {
            List<?> focus = (List<?>) driver.executeScript("const focused = document.activeElement;"
                    + " const role = focused && focused.closest('[data-role]');"
                    + " return [focused !== null && focused.closest(arguments[0]) !== null,"
                    + " focused ? focused.tagName + '#' + focused.id + '.' + focused.className + ' \"' + focused.textContent.trim()"
                    + ".substring(0, 12) + '\"' + (role ? '@' + role.dataset.role : '') : 'nothing']", css);
            if (Boolean.TRUE.equals(focus.get(0))) {
                return;
            }
            visited.add(focus.get(1));
            new Actions(driver).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("80 presses of Tab never reached " + css + " on " + currentPath() + "; the focus went " + visited);
    }

    /** Types keys into whatever has the focus, as a person at the keyboard would (Escape closes a date picker's calendar). */
    public void keys(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /** Goes into the frame the CSS selector finds, once it is there: what this browser reads and clicks is then its page. */
    public Browser intoFrame(String css) {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.cssSelector(css)));
        return this;
    }

    /** Back out of any frame, to the page in the address bar. */
    public Browser outOfFrames() {
        driver.switchTo().defaultContent();
        return this;
    }

    public Object script(String javascript, Object... arguments) {
        return driver.executeScript(javascript, arguments);
    }

    /** Waits up to ten seconds for what the page shows to meet the condition. */
    public void waitUntil(Predicate<Browser> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(10), POLL)
                // an AJAX update replaced, or has not yet rendered, what was being read
                .ignoring(StaleElementReferenceException.class)
                .ignoring(NoSuchElementException.class)
                .withMessage(() -> "the page at " + currentPath() + " shows " + driver.findElement(By.tagName("main")).getText())
                .until(ignored -> {
                    try {
                        return condition.test(this);
                    } catch (WebDriverException e) {
                        // Chrome's own word for an element replaced while it was read: look again.
                        if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                            return false;
                        }
                        throw e;
                    }
                });
    }

    /** Wipes the browser and keeps it for the next test; one left unusable (a dialog open, a crash) is quit. */
    @Override
    public void close() {
        if (!kept) {
            driver.quit();
            return;
        }
        try {
            wipe();
            IDLE.push(driver);
        } catch (WebDriverException unusable) {
            driver.quit();
        }
    }

    /**
     * As if never used by this test: one tab, left on a blank page, the first window size, and no cookies or
     * site storage (session storage included). The HTTP cache stays, as a returning visitor's does. The tab is
     * kept rather than replaced: a new tab starts a renderer process, about a quarter of a second of a core.
     */
    private void wipe() {
        List<String> tabs = new ArrayList<>(driver.getWindowHandles());
        for (String opened : tabs.subList(1, tabs.size())) {
            driver.switchTo().window(opened).close();
        }
        driver.switchTo().window(tabs.get(0));
        driver.get("about:blank");
        driver.manage().window().setSize(WINDOW);
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        driver.executeCdpCommand("Browser.resetPermissions", Map.of());
        driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", Pages.BASE_URL, "storageTypes", "all"));
    }

    private static String freshProfile() {
        try {
            return Files.createTempDirectory("bookspace-chromium").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
