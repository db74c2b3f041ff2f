package dev.bookspace.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.Browser;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import dev.bookspace.testing.Pages;
import dev.bookspace.testing.TestMail;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The owner's staff page: invitations by mail, roles, removal, and the organisation's last owner. */
@FullStack
@RunAsClient
class DashboardStaffBrowserIT {

    /** The one answer to an unknown address, a wrong password and a locked account. */
    static final String REFUSED = "That e-mail address and password do not match an account. After 5 wrong passwords in a row an account is locked for 15 minutes.";

    private static final String STAFF = "/dashboard/owner/staff.xhtml";
    private static final Pattern INVITATION_LINK = Pattern.compile(Pattern.quote(Pages.BASE_URL) + "(/accept-invitation\\.xhtml\\?token=[A-Za-z0-9_-]+)");
    private static final String NEW_PASSWORD = "a passphrase of my own";


    @RegisterExtension
    final Fixtures fixtures = Fixtures.overJdbc();

    private Organisation org;
    private String owner;

    @BeforeEach
    void organisationWithAnOwner() {
        org = fixtures.organisation("Harbour House");
        owner = fixtures.user(org, "owner", true);
    }

    @Test
    void anInvitedPersonChoosesAPasswordAndSignsInAsStaff() throws InterruptedException {
        String invitee = "invitee-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        try (Browser browser = signedInAs(owner)) {
            invite(browser, invitee);
            assertThat(browser.text(row(invitee) + " [data-role=staff-status]")).isEqualTo("Invited, not yet accepted");
        }
        String link = linkIn(invitee);

        try (Browser browser = Browser.open().visit(link)) {
            browser.type("new-password", "too short");
            browser.click("[data-role=accept-submit]");
            browser.waitUntil(page -> page.text("[data-role=new-password-error]").equals("Use a password of at least 12 characters."));
            browser.type("new-password", NEW_PASSWORD);
            browser.click("[data-role=accept-submit]");
            browser.waitUntil(page -> page.text("[data-role=invitation-accepted]").startsWith("Your password is set"));
            browser.visit(link);
            assertThat(browser.text("[data-role=link-refused]")).startsWith("This invitation link has been used or has expired.");

            browser.visit("/dashboard/");
            browser.signIn(invitee, NEW_PASSWORD);
            browser.waitUntil(page -> page.text("[data-role=dashboard-organisation]").equals("Harbour House"));
            assertThat(browser.text("[data-role=nav-staff]")).isEmpty();
            browser.visit("/dashboard/owner/settings.xhtml");
            assertThat(browser.text("[data-role=not-found]")).startsWith("We could not find that page.");
        }
    }

    @Test
    void anExpiredInvitationIsRefused() throws InterruptedException {
        String invitee = "invitee-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        try (Browser browser = signedInAs(owner)) {
            invite(browser, invitee);
        }
        fixtures.expireLinks(org);

        try (Browser browser = Browser.open().visit(linkIn(invitee))) {
            assertThat(browser.text("[data-role=link-refused]")).startsWith("This invitation link has been used or has expired.");
        }
    }

    @Test
    void anInvitationNeverTellsTheOwnerWhetherAnAddressHasAnAccountElsewhere() throws InterruptedException {
        String elsewhere = fixtures.user(fixtures.organisation("Elsewhere"), "staff", true);

        try (Browser browser = signedInAs(owner)) {
            invite(browser, elsewhere); // "We have mailed …", as for any address
            assertThat(browser.text(row(elsewhere) + " [data-role=staff-status]")).isEqualTo("Invited, not yet accepted");
        }

        try (Browser browser = Browser.open().visit(linkIn(elsewhere))) {
            assertThat(browser.text("[data-role=address-signs-in-elsewhere]"))
                    .startsWith("This address already signs in to Bookspace with another organisation");
            assertThat(browser.text("[data-role=accept-submit]")).isEmpty();
        }
        try (Browser browser = Browser.open().visit("/dashboard/")) {
            browser.signIn(elsewhere, Fixtures.PASSWORD);
            browser.waitUntil(page -> page.text("[data-role=dashboard-organisation]").equals("Elsewhere"));
        }
    }

    @Test
    void someoneAlreadyOnTheStaffIsNotInvitedTwice() {
        String staff = fixtures.user(org, "staff", true);

        try (Browser browser = signedInAs(owner)) {
            browser.type("invite-name", "Grace Hopper");
            browser.type("invite-email", staff);
            browser.click("[data-role=send-invitation]");
            browser.waitUntil(page -> page.text("[data-role=invite-email-error]")
                    .equals("Someone on your staff, or invited to it, already has this address."));
        }
    }

    @Test
    void theOwnerChangesARoleAndRemovesSomeoneWhoThenCannotSignIn() {
        String staff = fixtures.user(org, "staff", true);

        try (Browser browser = signedInAs(owner)) {
            browser.click(row(staff) + " [data-role=make-owner]");
            browser.waitUntil(page -> page.text(row(staff) + " [data-role=staff-role]").equals("Owner"));
            browser.click(row(staff) + " [data-role=make-staff]");
            browser.waitUntil(page -> page.text(row(staff) + " [data-role=staff-role]").equals("Staff"));

            browser.click(row(staff) + " [data-role=remove-user]");
            browser.click("[data-role=confirm-yes]");
            browser.waitUntil(page -> page.text("[data-role=staff-messages]").equals("Grace Hopper can no longer sign in."));
            assertThat(browser.text(row(staff))).isEmpty();
        }

        try (Browser browser = Browser.open().visit("/dashboard/")) {
            browser.signIn(staff, Fixtures.PASSWORD);
            browser.waitUntil(page -> page.text("[data-role=login-error]")
                    .equals(REFUSED));
        }
    }

    @Test
    void aRoleChangeEndsTheSessionsOfThePersonChanged() {
        String staff = fixtures.user(org, "staff", true);
        try (Browser theirs = signedInAs(staff); Browser owners = signedInAs(owner)) {
            owners.click(row(staff) + " [data-role=make-owner]");
            owners.waitUntil(page -> page.text(row(staff) + " [data-role=staff-role]").equals("Owner"));

            theirs.visit("/dashboard/bookings.xhtml");
            theirs.waitUntil(page -> page.currentPath().startsWith("/login.xhtml"));
            owners.visit("/dashboard/bookings.xhtml");
            assertThat(owners.currentPath()).as("the owner's own session goes on").isEqualTo("/dashboard/bookings.xhtml");
        }
    }

    @Test
    void theLastOwnerCanBeNeitherDemotedNorRemoved() {
        try (Browser browser = signedInAs(owner)) {
            browser.click(row(owner) + " [data-role=make-staff]");
            browser.waitUntil(page -> page.text("[data-role=staff-messages]")
                    .equals("You are the only owner; make someone else an owner first."));

            browser.click(row(owner) + " [data-role=remove-user]");
            browser.click("[data-role=confirm-yes]");
            browser.waitUntil(page -> page.text("[data-role=staff-messages]")
                    .equals("You are the only owner; make someone else an owner first."));

            browser.visit(STAFF);
            assertThat(browser.text(row(owner) + " [data-role=staff-role]")).isEqualTo("Owner");
        }
    }

    @Test
    void staffCannotOpenTheStaffPage() {
        try (Browser browser = signedInAs(fixtures.user(org, "staff", true))) {
            assertThat(browser.text("[data-role=not-found]")).startsWith("We could not find that page.");
        }
    }

    private static void invite(Browser browser, String email) {
        browser.type("invite-name", "Ada Lovelace");
        browser.type("invite-email", email);
        browser.choose("invite-role", "Staff");
        browser.click("[data-role=send-invitation]");
        browser.waitUntil(page -> page.text("[data-role=staff-messages]").startsWith("We have mailed " + email));
    }

    /** The staff list's row for this address, as a CSS selector. */
    private static String row(String email) {
        return "[data-role=staff-row][data-email='" + email + "']";
    }

    private static Browser signedInAs(String email) {
        Browser browser = Browser.open().visit(STAFF);
        browser.signIn(email, Fixtures.PASSWORD);
        browser.waitUntil(page -> page.currentPath().equals(STAFF));
        return browser;
    }

    /** The path of the link the first mail to this address carries. */
    private static String linkIn(String email) throws InterruptedException {
        for (int waited = 0; waited < 100 && TestMail.to(email).isEmpty(); waited++) {
            Thread.sleep(100);
        }
        Matcher link = INVITATION_LINK.matcher(TestMail.to(email).get(0).body());
        assertThat(link.find()).as("a link in the mail").isTrue();
        return link.group(1);
    }
}
