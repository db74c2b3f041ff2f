package dev.bookspace.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.Authenticator;
import dev.bookspace.testing.Browser;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import dev.bookspace.testing.Pages;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Cookie;

/**
 * Two-factor sign-in in headless Chromium, with codes computed as an authenticator app computes them:
 * set-up on the Security page, the code step after the password, recovery codes, remembered devices and
 * an organisation that requires it.
 */
@FullStack
@RunAsClient
class TwoFactorSignInBrowserIT {

    static final String WRONG = "That code is not right. Enter the 6 digits your app shows now, or one of your recovery codes.";
    static final String REPLAYED = "That code was used already. Wait for the next code your app shows, then enter it.";
    static final String LOCKED = "Too many wrong passwords or codes: your account is locked for 15 minutes. Sign in again after that.";


    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    /** What setting up two-factor sign-in left the person with. */
    record Enrolled(Authenticator app, List<String> recoveryCodes) {
    }

    @Test
    void aStaffMemberTurnsItOnAndThenSignsInWithTheirPasswordAndACodeUsedOnce() throws InterruptedException {
        String staff = fixtures.user(fixtures.organisation("Harbour House"), "staff", true);

        try (Browser browser = Browser.open().visit("/login.xhtml")) {
            signInWithPassword(browser, staff);
            browser.waitUntil(page -> page.text("[data-role=dashboard-organisation]").equals("Harbour House"));
            browser.click("[data-role=nav-security]");
            browser.waitUntil(page -> page.text("[data-role=two-factor-status]").startsWith("Two-factor sign-in is off"));
            browser.click("[data-role=two-factor-begin]");
            browser.waitUntil(page -> page.text("[data-role=two-factor-key]").length() > 30);
            assertThat(browser.script("return document.querySelector('[data-role=two-factor-qr] svg path') !== null")).isEqualTo(true);
            Authenticator app = Authenticator.withKey(browser.text("[data-role=two-factor-key]"));

            browser.type("two-factor-code", app.expiredCode());
            browser.click("[data-role=two-factor-confirm]");
            browser.waitUntil(page -> page.text("[data-role=two-factor-code-error]").startsWith("That code does not match."));
            browser.type("two-factor-code", app.freshCode());
            browser.click("[data-role=two-factor-confirm]");
            browser.waitUntil(page -> page.texts("[data-role=recovery-code]").size() == 10);
            assertThat(browser.text("[data-role=two-factor-status]")).startsWith("Two-factor sign-in is on");
            signOut(browser);

            signInWithPassword(browser, staff);
            browser.waitUntil(page -> page.currentPath().equals("/sign-in-code.xhtml"));
            // Between the password and the code, the session opens nothing of the dashboard.
            String halfSignedIn = browser.cookie("JSESSIONID").getValue();
            for (String page : List.of("/dashboard/", "/dashboard/bookings.xhtml", "/dashboard/security.xhtml", "/dashboard/bookings.csv")) {
                assertThat(Pages.redirectOf(page, halfSignedIn)).as(page).startsWith("/login.xhtml");
            }
            browser.visit("/dashboard/bookings.xhtml");
            assertThat(browser.currentPath()).startsWith("/login.xhtml");

            browser.visit("/sign-in-code.xhtml");
            enterCode(browser, app.expiredCode());
            browser.waitUntil(page -> page.text("[data-role=sign-in-code-error]").equals(WRONG));
            enterCode(browser, app.freshCode());
            browser.waitUntil(page -> page.text("[data-role=dashboard-organisation]").equals("Harbour House"));
            signOut(browser);

            signInWithPassword(browser, staff);
            browser.waitUntil(page -> page.currentPath().equals("/sign-in-code.xhtml"));
            enterCode(browser, app.lastCode());
            browser.waitUntil(page -> page.text("[data-role=sign-in-code-error]").equals(REPLAYED));
            enterCode(browser, app.freshCode());
            browser.waitUntil(page -> page.text("[data-role=dashboard-organisation]").equals("Harbour House"));
        }
    }

    @Test
    void aRecoveryCodeSignsInOnceAndWrongCodesLockTheAccountLikeWrongPasswords() throws InterruptedException {
        String staff = fixtures.user(fixtures.organisation("Harbour House"), "staff", true);

        try (Browser browser = Browser.open().visit("/login.xhtml")) {
            signInWithPassword(browser, staff);
            Enrolled enrolled = enrol(browser);
            signOut(browser);

            String recoveryCode = enrolled.recoveryCodes().get(0);
            signInWithPassword(browser, staff);
            enterCode(browser, recoveryCode.toUpperCase(Locale.ROOT).replace('-', ' '));
            browser.waitUntil(page -> page.text("[data-role=dashboard-organisation]").equals("Harbour House"));
            browser.visit("/dashboard/security.xhtml");
            assertThat(browser.text("[data-role=two-factor-status]")).contains("9 of 10 recovery codes left.");
            signOut(browser);

            // The password counts as the first of five tries until a code completes the sign-in.
            signInWithPassword(browser, staff);
            enterCode(browser, recoveryCode);
            browser.waitUntil(page -> page.text("[data-role=sign-in-code-error]").equals(WRONG));
            for (int attempt = 3; attempt <= 5; attempt++) {
                enterCode(browser, enrolled.app().expiredCode());
                browser.waitUntil(page -> page.text("[data-role=sign-in-code-error]").equals(WRONG));
            }
            enterCode(browser, enrolled.app().freshCode());
            browser.waitUntil(page -> page.text("[data-role=sign-in-code-error]").equals(LOCKED));
            browser.visit("/dashboard/");
            assertThat(browser.currentPath()).startsWith("/login.xhtml");
            browser.signIn(staff, Fixtures.PASSWORD);
            browser.waitUntil(page -> page.text("[data-role=login-error]").equals(DashboardSignInBrowserIT.REFUSED));
        }
    }

    @Test
    void aRememberedDeviceSkipsTheCodeForItsOwnPersonOnlyUntilTheirPasswordChanges() throws InterruptedException {
        Organisation org = fixtures.organisation("Harbour House");
        String staff = fixtures.user(org, "staff", true);
        String colleague = fixtures.user(org, "staff", true);

        try (Browser browser = Browser.open().visit("/login.xhtml")) {
            signInWithPassword(browser, colleague);
            Enrolled colleagues = enrol(browser);
            signOut(browser);
            signInWithPassword(browser, staff);
            Enrolled staffs = enrol(browser);
            signOut(browser);

            signInWithPassword(browser, staff);
            browser.click("[data-role=remember-device]");
            enterCode(browser, staffs.app().freshCode());
            browser.waitUntil(page -> page.text("[data-role=dashboard-organisation]").equals("Harbour House"));
            Cookie remembered = browser.cookie("bookspace_device");
            assertThat(remembered.isHttpOnly()).isTrue();
            assertThat(remembered.getSameSite()).isEqualTo("Lax");
            assertThat(remembered.getExpiry()).isAfter(Date.from(Instant.now().plus(Duration.ofDays(29))));
            signOut(browser);

            signInWithPassword(browser, staff);
            browser.waitUntil(page -> page.text("[data-role=dashboard-organisation]").equals("Harbour House"));
            browser.visit("/dashboard/security.xhtml");
            assertThat(browser.text("[data-role=remembered-devices]")).startsWith("1 device skips the code");
            signOut(browser);

            signInWithPassword(browser, colleague);
            browser.waitUntil(page -> page.currentPath().equals("/sign-in-code.xhtml"));
            enterCode(browser, colleagues.app().freshCode());
            browser.waitUntil(page -> page.text("[data-role=dashboard-organisation]").equals("Harbour House"));
            signOut(browser);

            String newPassword = "a brand new passphrase";
            browser.visit("/reset-password.xhtml?token=" + fixtures.resetLink(org, staff));
            browser.type("new-password", newPassword);
            browser.click("[data-role=reset-submit]");
            browser.waitUntil(page -> page.text("[data-role=password-reset]").startsWith("Your new password is set."));
            browser.visit("/login.xhtml");
            browser.signIn(staff, newPassword);
            browser.waitUntil(page -> page.currentPath().equals("/sign-in-code.xhtml"));
        }
    }

    @Test
    void newRecoveryCodesRetireTheOldAndAForgottenDeviceAsksForACodeAgain() throws InterruptedException {
        String staff = fixtures.user(fixtures.organisation("Harbour House"), "staff", true);

        try (Browser browser = Browser.open().visit("/login.xhtml")) {
            signInWithPassword(browser, staff);
            Enrolled enrolled = enrol(browser);
            signOut(browser);
            signInWithPassword(browser, staff);
            browser.click("[data-role=remember-device]");
            enterCode(browser, enrolled.app().freshCode());
            browser.waitUntil(page -> page.text("[data-role=dashboard-organisation]").equals("Harbour House"));

            browser.visit("/dashboard/security.xhtml");
            browser.click("[data-role=forget-devices]");
            browser.waitUntil(page -> page.text("[data-role=security-messages]").equals("Forgot 1 device: it asks for a code again."));
            assertThat(browser.text("[data-role=remembered-devices]")).startsWith("No device is remembered");
            browser.type("two-factor-confirmation", Fixtures.PASSWORD);
            browser.click("[data-role=renew-recovery-codes]");
            browser.waitUntil(page -> page.texts("[data-role=recovery-code]").size() == 10);
            List<String> renewed = browser.texts("[data-role=recovery-code]");
            assertThat(renewed).doesNotContainAnyElementsOf(enrolled.recoveryCodes());
            signOut(browser);

            signInWithPassword(browser, staff);
            enterCode(browser, enrolled.recoveryCodes().get(0));
            browser.waitUntil(page -> page.text("[data-role=sign-in-code-error]").equals(WRONG));
            enterCode(browser, renewed.get(0));
            browser.waitUntil(page -> page.text("[data-role=dashboard-organisation]").equals("Harbour House"));
        }
    }

    @Test
    void turningItOffTakesThePasswordOrACode() throws InterruptedException {
        String staff = fixtures.user(fixtures.organisation("Harbour House"), "staff", true);

        try (Browser browser = Browser.open().visit("/login.xhtml")) {
            signInWithPassword(browser, staff);
            enrol(browser);
            browser.visit("/dashboard/security.xhtml");
            browser.type("two-factor-confirmation", "not my password");
            browser.click("[data-role=two-factor-off]");
            browser.waitUntil(page -> page.text("[data-role=two-factor-confirmation-error]")
                    .equals("That is neither your password nor a current code from your app."));
            browser.type("two-factor-confirmation", Fixtures.PASSWORD);
            browser.click("[data-role=two-factor-off]");
            browser.waitUntil(page -> page.text("[data-role=two-factor-status]").startsWith("Two-factor sign-in is off"));
            signOut(browser);

            signInWithPassword(browser, staff);
            browser.waitUntil(page -> page.text("[data-role=dashboard-organisation]").equals("Harbour House"));
        }
    }

    @Test
    void anOrganisationThatRequiresItSendsEveryoneWithoutItToSetItUpFirst() throws InterruptedException {
        Organisation org = fixtures.organisation("Harbour House");
        String owner = fixtures.user(org, "owner", true);
        String staff = fixtures.user(org, "staff", true);

        try (Browser owners = Browser.open().visit("/login.xhtml"); Browser staffs = Browser.open().visit("/login.xhtml")) {
            signInWithPassword(staffs, staff);
            staffs.waitUntil(page -> page.text("[data-role=dashboard-organisation]").equals("Harbour House"));

            signInWithPassword(owners, owner);
            owners.visit("/dashboard/owner/settings.xhtml");
            owners.click("[data-role=settings-require-two-factor]");
            owners.click("[data-role=save-settings]");
            owners.waitUntil(page -> page.text("[data-role=settings-messages]").equals("Settings saved."));
            owners.visit("/dashboard/bookings.xhtml");
            assertThat(owners.currentPath()).isEqualTo("/dashboard/security.xhtml");

            // Already signed in, staff are stopped at their next page; nothing of the dashboard opens but Security.
            staffs.visit("/dashboard/rooms.xhtml");
            assertThat(staffs.currentPath()).isEqualTo("/dashboard/security.xhtml");
            assertThat(staffs.text("[data-role=two-factor-required]")).startsWith("Your organisation requires two-factor sign-in");
            String session = staffs.cookie("JSESSIONID").getValue();
            for (String page : List.of("/dashboard/", "/dashboard/bookings.xhtml", "/dashboard/bookings.csv", "/dashboard/calendar.xhtml")) {
                assertThat(Pages.redirectOf(page, session)).as(page).isEqualTo("/dashboard/security.xhtml");
            }
            enrol(staffs);
            staffs.visit("/dashboard/rooms.xhtml");
            assertThat(staffs.currentPath()).isEqualTo("/dashboard/rooms.xhtml");
        }
    }

    /** Sets two-factor sign-in up on the Security page as a person does, scanning with an app. */
    private static Enrolled enrol(Browser browser) throws InterruptedException {
        browser.waitUntil(page -> page.currentPath().startsWith("/dashboard/"));
        browser.visit("/dashboard/security.xhtml");
        browser.click("[data-role=two-factor-begin]");
        browser.waitUntil(page -> page.text("[data-role=two-factor-key]").length() > 30);
        Authenticator app = Authenticator.withKey(browser.text("[data-role=two-factor-key]"));
        browser.type("two-factor-code", app.freshCode());
        browser.click("[data-role=two-factor-confirm]");
        browser.waitUntil(page -> page.texts("[data-role=recovery-code]").size() == 10);
        return new Enrolled(app, browser.texts("[data-role=recovery-code]"));
    }

    private static void signInWithPassword(Browser browser, String email) {
        browser.visit("/login.xhtml");
        browser.signIn(email, Fixtures.PASSWORD);
        browser.waitUntil(page -> !page.currentPath().startsWith("/login.xhtml"));
    }

    private static void enterCode(Browser browser, String code) {
        browser.waitUntil(page -> page.currentPath().equals("/sign-in-code.xhtml"));
        browser.type("sign-in-code", code);
        browser.click("[data-role=sign-in-code-submit]");
    }

    private static void signOut(Browser browser) {
        browser.click("[data-role=sign-out]");
        browser.waitUntil(page -> page.text("[data-role=signed-out]").equals("You are signed out."));
    }
}
