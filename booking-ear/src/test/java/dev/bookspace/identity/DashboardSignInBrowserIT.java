package dev.bookspace.identity;

import static dev.bookspace.testing.Stays.JAN_1;
import static dev.bookspace.testing.Stays.JAN_3;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.Browser;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Item;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import dev.bookspace.testing.Pages;
import dev.bookspace.testing.TestMail;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Cookie;

/** Sign-up, e-mail verification, sign-in, lockout and sign-out, in headless Chromium. */
@FullStack
@RunAsClient
class DashboardSignInBrowserIT {

    /** The one answer to an unknown address, a wrong password and a locked account. */
    static final String REFUSED = "That e-mail address and password do not match an account. After 5 wrong passwords in a row an account is locked for 15 minutes.";

    private static final Pattern VERIFICATION_LINK = Pattern.compile(Pattern.quote(Pages.BASE_URL) + "(/verify-email\\.xhtml\\?token=[A-Za-z0-9_-]+)");
    private static final Pattern RESET_LINK = Pattern.compile(Pattern.quote(Pages.BASE_URL) + "(/reset-password\\.xhtml\\?token=[A-Za-z0-9_-]+)");


    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    @Test
    void anAnonymousVisitorIsSentToSignIn() {
        try (Browser browser = Browser.open().visit("/dashboard/")) {
            assertThat(browser.currentPath()).startsWith("/login.xhtml");
        }
    }

    @Test
    void aNewOwnerSignsUpConfirmsTheirAddressAndOpensTheDashboard() throws InterruptedException {
        String identifier = "t-" + UUID.randomUUID().toString().substring(0, 12);
        String email = "owner-" + identifier + "@example.org";

        try (Browser browser = Browser.open().visit("/signup.xhtml")) {
            browser.type("signup-organisationName", "Seaside Lofts");
            browser.type("signup-identifier", identifier);
            browser.type("signup-ownerName", "Grace Hopper");
            browser.type("signup-email", email);
            browser.type("signup-password", "short");
            browser.waitUntil(page -> page.text("[data-role=password-error]").equals("Use a password of at least 12 characters."));
            browser.type("signup-password", Fixtures.PASSWORD);
            browser.click("[data-role=signup-submit]");
            browser.waitUntil(page -> page.text("[data-role=signed-up]").startsWith("Check your mail"));
            fixtures.adopt(identifier);

            browser.visit("/dashboard/");
            browser.signIn(email, Fixtures.PASSWORD);
            browser.waitUntil(page -> page.currentPath().equals("/verify-email.xhtml"));

            String link = linkIn(email, VERIFICATION_LINK);
            browser.visit(link);
            assertThat(browser.text("[data-role=email-verified]")).startsWith("Your address is confirmed.");
            browser.visit(link);
            assertThat(browser.text("[data-role=link-refused]")).startsWith("This link has been used or has expired.");

            browser.visit("/dashboard/");
            assertThat(browser.text("[data-role=dashboard-organisation]")).isEqualTo("Seaside Lofts");
            browser.click("[data-role=sign-out]");
            browser.waitUntil(page -> page.text("[data-role=signed-out]").equals("You are signed out."));
            browser.visit("/dashboard/");
            assertThat(browser.currentPath()).startsWith("/login.xhtml");
        }
    }

    @Test
    void signUpRefusesAReservedIdentifier() {
        try (Browser browser = Browser.open().visit("/signup.xhtml")) {
            browser.type("signup-organisationName", "Dashboard Ltd");
            browser.type("signup-identifier", "dashboard");
            browser.type("signup-ownerName", "Grace Hopper");
            browser.type("signup-email", "grace-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org");
            browser.type("signup-password", Fixtures.PASSWORD);
            browser.click("[data-role=signup-submit]");

            browser.waitUntil(page -> page.text("[data-role=identifier-error]")
                    .equals("\u201cdashboard\u201d is a word of Bookspace itself; choose another identifier."));
        }
    }

    @Test
    void signingUpWithAnAddressThatHasAnAccountReadsTheSameAndOnlyMailsItsOwner() throws InterruptedException {
        Organisation existing = fixtures.organisation("Harbour House");
        String taken = fixtures.user(existing, "owner", true);
        String identifier = "taken-" + UUID.randomUUID().toString().substring(0, 8);

        try (Browser browser = Browser.open().visit("/signup.xhtml")) {
            browser.type("signup-organisationName", "Copycat Inn");
            browser.type("signup-identifier", identifier);
            browser.type("signup-ownerName", "Mallory");
            browser.type("signup-email", taken);
            browser.type("signup-password", Fixtures.PASSWORD);
            browser.click("[data-role=signup-submit]");

            browser.waitUntil(page -> page.text("[data-role=signed-up]").contains(taken));
            assertThat(browser.text("[data-role=email-error]")).isEmpty();
        }
        for (int waited = 0; waited < 100 && TestMail.to(taken).isEmpty(); waited++) {
            Thread.sleep(100);
        }
        assertThat(TestMail.to(taken)).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("You already have a Bookspace account");
            assertThat(mail.body()).contains(Pages.BASE_URL + "/login.xhtml", Pages.BASE_URL + "/forgot-password.xhtml");
        });
        assertThat(Pages.get("/" + identifier + "/rooms?check_in=" + JAN_1 + "&checkout=" + JAN_3).status())
                .as("no organisation was made").isEqualTo(404);
    }

    @Test
    void theDashboardShowsTodaysArrivalsOfItsOwnOrganisationOnly() {
        Organisation org = fixtures.organisation("Harbour House");
        Organisation other = fixtures.organisation("Elsewhere");
        Item room = fixtures.item(org, "Sea Room");
        Item theirs = fixtures.item(other, "Their Loft");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Lisbon"));
        fixtures.paidBooking(org, room, today, today.plusDays(2));
        fixtures.paidBooking(other, theirs, today, today.plusDays(2));
        String staff = fixtures.user(org, "staff", true);

        try (Browser browser = Browser.open().visit("/dashboard/")) {
            Cookie before = browser.cookie("JSESSIONID");
            browser.signIn(staff, Fixtures.PASSWORD);
            browser.waitUntil(page -> page.text("[data-role=dashboard-organisation]").equals("Harbour House"));
            assertThat(browser.text("[data-role=arrivals]")).contains("Ada Guest, Sea Room").doesNotContain("Their Loft");

            Cookie after = browser.cookie("JSESSIONID");
            assertThat(after.getValue()).isNotEqualTo(before.getValue());
            assertThat(after.isHttpOnly()).isTrue();
            assertThat(after.getSameSite()).isEqualTo("Lax");
        }
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOneInWordsThatDoNotRevealIt() {
        String owner = fixtures.user(fixtures.organisation("Harbour House"), "owner", true);

        try (Browser browser = Browser.open().visit("/login.xhtml")) {
            for (int attempt = 1; attempt <= 5; attempt++) {
                browser.signIn(owner, "not the password " + attempt);
                browser.waitUntil(page -> page.text("[data-role=login-error]").equals(REFUSED));
            }
            browser.signIn(owner, Fixtures.PASSWORD);
            browser.waitUntil(page -> page.text("[data-role=login-error]").equals(REFUSED));
            assertThat(browser.currentPath()).startsWith("/login.xhtml");

            // Locked, unknown: the same words.
            browser.signIn("nobody-here@example.org", Fixtures.PASSWORD);
            browser.waitUntil(page -> page.text("[data-role=login-error]").equals(REFUSED));
        }
    }

    @Test
    void aPasswordResetEndsEverySessionSignedInBeforeIt() throws InterruptedException {
        String owner = fixtures.user(fixtures.organisation("Harbour House"), "owner", true);
        try (Browser stolen = Browser.open().visit("/dashboard/"); Browser owners = Browser.open().visit("/login.xhtml")) {
            stolen.signIn(owner, Fixtures.PASSWORD);
            stolen.waitUntil(page -> page.text("[data-role=dashboard-organisation]").equals("Harbour House"));

            owners.click("[data-role=forgot-password]");
            owners.type("forgot-email", owner);
            owners.click("[data-role=forgot-submit]");
            owners.visit(linkIn(owner, RESET_LINK));
            owners.type("new-password", "a brand new passphrase");
            owners.click("[data-role=reset-submit]");
            owners.waitUntil(page -> page.text("[data-role=password-reset]").startsWith("Your new password is set."));

            stolen.visit("/dashboard/bookings.xhtml");
            stolen.waitUntil(page -> page.currentPath().startsWith("/login.xhtml"));
        }
    }

    @Test
    void aForgottenPasswordIsResetThroughASingleUseLink() throws InterruptedException {
        String owner = fixtures.user(fixtures.organisation("Harbour House"), "owner", true);
        String newPassword = "a brand new passphrase";

        try (Browser browser = Browser.open().visit("/login.xhtml")) {
            browser.click("[data-role=forgot-password]");
            browser.type("forgot-email", owner);
            browser.click("[data-role=forgot-submit]");
            browser.waitUntil(page -> page.text("[data-role=reset-requested]").startsWith("If " + owner + " has an account"));

            String link = linkIn(owner, RESET_LINK);
            browser.visit(link);
            browser.type("new-password", "too short");
            browser.click("[data-role=reset-submit]");
            browser.waitUntil(page -> page.text("[data-role=new-password-error]").equals("Use a password of at least 12 characters."));
            browser.type("new-password", newPassword);
            browser.click("[data-role=reset-submit]");
            browser.waitUntil(page -> page.text("[data-role=password-reset]").startsWith("Your new password is set."));
            browser.visit(link);
            browser.type("new-password", "and yet another passphrase");
            browser.click("[data-role=reset-submit]");
            browser.waitUntil(page -> page.text("[data-role=link-refused]").startsWith("This link has been used or has expired."));

            browser.visit("/dashboard/");
            browser.signIn(owner, Fixtures.PASSWORD);
            browser.waitUntil(page -> page.text("[data-role=login-error]")
                    .equals(REFUSED));
            browser.signIn(owner, newPassword);
            browser.waitUntil(page -> page.text("[data-role=dashboard-organisation]").equals("Harbour House"));
        }
    }

    @Test
    void aPasswordResetForAnUnknownAddressReadsTheSameAndSendsNothing() throws InterruptedException {
        String nobody = "nobody-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

        try (Browser browser = Browser.open().visit("/forgot-password.xhtml")) {
            browser.type("forgot-email", nobody);
            browser.click("[data-role=forgot-submit]");
            browser.waitUntil(page -> page.text("[data-role=reset-requested]").startsWith("If " + nobody + " has an account"));
        }
        // A mail would be in the outbox the moment the request's transaction committed, and at the SMTP server a second later.
        assertThat(fixtures.outboxMails(nobody)).isEmpty();
        Thread.sleep(2_000);
        assertThat(TestMail.to(nobody)).isEmpty();
    }

    /** The path of the link the first mail to this address carries. */
    private static String linkIn(String email, Pattern pattern) throws InterruptedException {
        for (int waited = 0; waited < 100 && TestMail.to(email).isEmpty(); waited++) {
            Thread.sleep(100);
        }
        Matcher link = pattern.matcher(TestMail.to(email).get(0).body());
        assertThat(link.find()).as("a link in the mail").isTrue();
        return link.group(1);
    }
}
