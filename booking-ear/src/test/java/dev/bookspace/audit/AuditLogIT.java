package dev.bookspace.audit;

import static dev.bookspace.testing.Stays.JAN_1;
import static dev.bookspace.testing.Stays.JAN_3;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bookspace.booking.BookingDeskService;
import dev.bookspace.booking.BookingRequest;
import dev.bookspace.booking.BookingService;
import dev.bookspace.booking.GuestDataService;
import dev.bookspace.booking.GuestDetails;
import dev.bookspace.booking.HoldExpiryService;
import dev.bookspace.catalog.RoomForm;
import dev.bookspace.catalog.RoomService;
import dev.bookspace.identity.AccountService;
import dev.bookspace.identity.StaffService;
import dev.bookspace.integration.ApiKeyService;
import dev.bookspace.organisation.SettingsForm;
import dev.bookspace.organisation.SettingsService;
import dev.bookspace.shared.NotFoundException;
import dev.bookspace.shared.StayPeriod;
import dev.bookspace.tenancy.Role;
import dev.bookspace.tenancy.Scope;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Item;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The audit log inside the server: who is recorded for each kind of change, what is kept, and what cannot happen to it. */
@FullStack
class AuditLogIT {

    @RegisterExtension
    final Fixtures fixtures = Fixtures.inContainer();

    private Organisation org;
    private Item room;
    private String ownerEmail;
    private Scope owner;

    @BeforeEach
    void organisationWithARoomAndAnOwner() {
        org = fixtures.organisation("Harbour House");
        room = fixtures.item(org, "Sea Room");
        ownerEmail = fixtures.user(org, "owner", true);
        owner = new Scope(org.id(), Long.parseLong(fixtures.userColumn(ownerEmail, "id")), EnumSet.of(Role.OWNER));
    }

    @Test
    void aCancellationAtTheDeskNamesThePersonAndTheStatusBeforeAndAfter() {
        String reference = fixtures.reference(fixtures.paidBooking(org, room, JAN_1, JAN_3));

        service(BookingDeskService.class).cancel(owner, reference, null);

        assertThat(fixtures.auditLog(org)).containsExactly("booking.cancelled by person " + ownerEmail + " on " + reference
                + ": {\"status\": \"paid\"} -> {\"status\": \"cancelled\"}");
        AuditEventRow event = service(AuditLogService.class).list(owner, AuditFilter.none(), 0, 10).get(0);
        assertThat(event.subjectLabel()).isEqualTo(reference + ", Sea Room, " + JAN_1 + " to " + JAN_3);
        assertThat(event.actorId()).isEqualTo(owner.userId());
    }

    @Test
    void aChangeThroughAnApiKeyIsRecordedUnderTheKeysName() {
        String reference = fixtures.reference(fixtures.paidBooking(org, room, JAN_1, JAN_3));

        service(BookingDeskService.class).cancel(Scope.ofApiKey(org.id(), 42, "Channel manager"), reference, null);

        assertThat(fixtures.auditLog(org)).singleElement().asString()
                .startsWith("booking.cancelled by api_key Channel manager on " + reference);
    }

    @Test
    void aGuestsBookingIsRecordedAsTheGuestsAndNoPersonalValueOfThemIsEverKept() {
        String reference = service(BookingService.class).book(Scope.guestOf(org.id()), new BookingRequest(room.id(),
                StayPeriod.of(JAN_1, JAN_3), 2, List.of(), new GuestDetails("Ada Lovelace", "ada@example.org",
                        "+351 912 345 678", "Arriving late", true))).reference();
        service(GuestDataService.class).anonymise(owner, "ada@example.org");

        List<String> log = fixtures.auditLog(org);
        assertThat(log).hasSize(2);
        assertThat(log.get(0)).startsWith("booking.created by guest Guest of booking " + reference + " on " + reference)
                .contains("\"status\": \"unpaid\"", "\"guest_name\": \"(not recorded)\"");
        assertThat(log.get(1)).startsWith("booking.anonymised by person " + ownerEmail)
                .contains("\"anonymised\": false", "\"anonymised\": true", "\"guest_email\": \"(not recorded)\"");
        assertThat(String.join("\n", log)).doesNotContain("Ada", "Lovelace", "ada@example.org", "912 345", "Arriving late");
    }

    @Test
    void anExpiredHoldIsRecordedAsBookspacesHoldExpiry() {
        String reference = fixtures.reference(fixtures.unpaidHold(org, room, JAN_1, JAN_3, Instant.now().minusSeconds(60)));

        service(HoldExpiryService.class).expireStaleHolds(Scope.systemOf(org.id(), "hold expiry"), OffsetDateTime.now());

        // The scheduled job may have expired it first; either way, one event, by Bookspace.
        assertThat(fixtures.auditLog(org)).containsExactly("booking.expired by system hold expiry on " + reference
                + ": {\"status\": \"unpaid\"} -> {\"status\": \"expired\"}");
        assertThat(service(AuditLogService.class).list(owner, AuditFilter.none(), 0, 1).get(0).subjectLabel())
                .isEqualTo(reference + ", Sea Room, " + JAN_1 + " to " + JAN_3);
    }

    @Test
    void roomsSettingsStaffAndKeysAreRecordedWithOnlyWhatChanged() {
        RoomForm form = service(RoomService.class).getRoom(owner, room.id());
        form.setNightlyPrice(new BigDecimal("150.00"));
        service(RoomService.class).saveRoom(owner, room.id(), form);
        SettingsForm settings = service(SettingsService.class).getSettings(owner);
        settings.setHoldMinutes(45);
        settings.setStripeSecretKey("sk_test_SecretNeverLogged");
        settings.setStripeWebhookSecret("whsec_NeverLogged");
        service(SettingsService.class).saveSettings(owner, settings);
        service(SettingsService.class).saveSettings(owner, service(SettingsService.class).getSettings(owner));
        String staffId = fixtures.userColumn(fixtures.user(org, "staff", true), "id");
        service(StaffService.class).changeRole(owner, Long.parseLong(staffId), Role.OWNER);
        ApiKeyService keys = service(ApiKeyService.class);
        keys.revoke(owner, keys.create(owner, "Channel manager").row().id());

        List<String> log = fixtures.auditLog(org);
        assertThat(log).extracting(line -> line.substring(0, line.indexOf(" by ")))
                .as("the unchanged second save is no change").containsExactly(
                        "room.updated", "settings.updated", "staff.role_changed", "api_key.created", "api_key.revoked");
        assertThat(log.get(0)).endsWith("{\"nightly_price\": \"€120.00\"} -> {\"nightly_price\": \"€150.00\"}");
        assertThat(log.get(1)).contains("\"hold_minutes\": 45", "\"stripe_secret_key\": \"(not recorded)\"")
                .doesNotContain("SecretNeverLogged", "whsec_");
        assertThat(log.get(2)).contains(" on " + staffId + ": ").endsWith("{\"role\": \"staff\"} -> {\"role\": \"owner\"}");
        assertThat(log.get(4)).contains("by person " + ownerEmail, "\"revoked_at\": null");
    }

    @Test
    void aPersonAcceptingTheirInvitationIsRecordedAsJoiningByThemself() {
        String invited = fixtures.user(org, "staff", false);

        assertThat(service(AccountService.class).acceptInvitation(fixtures.invitationLink(org, invited), Fixtures.PASSWORD)).isTrue();

        assertThat(fixtures.auditLog(org)).singleElement().asString()
                .startsWith("staff.joined by person " + invited + " on " + fixtures.userColumn(invited, "id"))
                .contains("\"role\": \"staff\"");
    }

    @Test
    void aChangeRolledBackLeavesNoEvent() throws Exception {
        UserTransaction transaction = InitialContext.doLookup("java:comp/UserTransaction");
        transaction.begin();
        RoomForm form = service(RoomService.class).getRoom(owner, room.id());
        form.setTitle("Renamed Room");
        service(RoomService.class).saveRoom(owner, room.id(), form);
        transaction.rollback();

        assertThat(fixtures.auditLog(org)).isEmpty();
    }

    @Test
    void theDatabaseRefusesToUpdateDeleteOrTruncateAnEvent() throws Exception {
        service(BookingDeskService.class).cancel(owner, fixtures.reference(fixtures.paidBooking(org, room, JAN_1, JAN_3)), null);
        DataSource database = InitialContext.doLookup("java:jboss/datasources/BookingDS");

        for (String statement : List.of(
                "UPDATE audit_events SET actor_label = 'someone else' WHERE organisation_id = " + org.id(),
                "DELETE FROM audit_events WHERE organisation_id = " + org.id(),
                "TRUNCATE audit_events")) {
            try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
                assertThatThrownBy(() -> sql.executeUpdate(statement)).as(statement)
                        .isInstanceOf(SQLException.class).hasMessageContaining("audit_events is append-only");
            }
        }
        assertThat(fixtures.auditLog(org)).singleElement().asString().contains("by person " + ownerEmail);
    }

    @Test
    void anotherOrganisationNeverSeesTheEventsAndStaffDoNotReadTheLog() {
        service(BookingDeskService.class).cancel(owner, fixtures.reference(fixtures.paidBooking(org, room, JAN_1, JAN_3)), null);
        Organisation other = fixtures.organisation("Elsewhere");
        Scope theirOwner = new Scope(other.id(), null, EnumSet.of(Role.OWNER));
        AuditLogService log = service(AuditLogService.class);

        assertThat(log.list(owner, AuditFilter.none(), 0, 10)).hasSize(1);
        assertThat(log.list(theirOwner, AuditFilter.none(), 0, 10)).isEmpty();
        assertThat(log.count(theirOwner, AuditFilter.none())).isZero();
        assertThatThrownBy(() -> log.list(new Scope(org.id(), owner.userId(), EnumSet.of(Role.STAFF)), AuditFilter.none(), 0, 10))
                .isInstanceOf(NotFoundException.class);
    }

    private static <T> T service(Class<T> type) {
        return CDI.current().select(type).get();
    }
}
