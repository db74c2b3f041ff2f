package dev.bookspace.booking;

import static dev.bookspace.testing.Stays.JAN_1;
import static dev.bookspace.testing.Stays.JAN_2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bookspace.availability.StayRuleException;
import dev.bookspace.availability.StayRuleService;
import dev.bookspace.availability.StayRulesForm;
import dev.bookspace.shared.NotFoundException;
import dev.bookspace.shared.StayPeriod;
import dev.bookspace.tenancy.Role;
import dev.bookspace.tenancy.Scope;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Item;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import jakarta.enterprise.inject.spi.CDI;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Staff may book a stay the organisation's rules refuse, but only by saying so: the booking's history and
 * the audit log name the rules overridden. Changing the rules is recorded in the audit log too.
 */
@FullStack
class StayRuleOverrideIT {

    @RegisterExtension
    final Fixtures fixtures = Fixtures.inContainer();

    // Looked up, not injected: Arquillian's enrichers sit in the EAR's lib/ and miss the web module's beans.
    private BookingService bookings;
    private StayRuleService stayRules;
    private Organisation org;
    private Item room;
    private Scope staff;

    @BeforeEach
    void organisationWithARoomAndStaffAndAThreeNightMinimum() {
        bookings = CDI.current().select(BookingService.class).get();
        stayRules = CDI.current().select(StayRuleService.class).get();
        org = fixtures.organisation("Harbour House");
        room = fixtures.item(org, "Sea Room");
        staff = new Scope(org.id(), Long.parseLong(fixtures.userColumn(fixtures.user(org, "staff", true), "id")),
                EnumSet.of(Role.STAFF));
        StayRulesForm rules = stayRules.getForm(staff);
        rules.setMinNights(3);
        stayRules.save(staff, rules);
    }

    @Test
    void staffBookPastARuleOnlyByOverridingItAndTheHistoryAndAuditLogSaySo() {
        assertThatThrownBy(() -> bookings.bookAtDesk(staff, oneNight(), DeskSettlement.PAY_ON_ARRIVAL))
                .isInstanceOf(StayRuleException.class)
                .hasMessage("Minimum 3 nights.");
        assertThat(fixtures.bookingStatuses(org)).isEmpty();

        String reference = bookings.bookAtDesk(staff, oneNight(), DeskSettlement.PAY_ON_ARRIVAL, true).reference();

        assertThat(fixtures.history(fixtures.bookingId(org, reference)))
                .anySatisfy(line -> assertThat(line).endsWith(": Booked despite the stay rules: Minimum 3 nights."));
        assertThat(fixtures.auditLog(org)).anySatisfy(line -> assertThat(line)
                .startsWith("booking.created by person ").contains("\"stay_rules_overridden\": \"min_nights\""));
    }

    @Test
    void aGuestCannotOverrideEvenThroughTheDeskMethod() {
        assertThatThrownBy(() -> bookings.book(Scope.guestOf(org.id()), oneNight()))
                .isInstanceOf(StayRuleException.class);
        assertThatThrownBy(() -> bookings.bookAtDesk(Scope.guestOf(org.id()), oneNight(), DeskSettlement.PAID, true))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void changingTheRulesIsRecordedWithBeforeAndAfter() {
        StayRulesForm rules = stayRules.getForm(staff);
        rules.setClosedArrivals(List.of(DayOfWeek.SUNDAY));
        stayRules.save(staff, rules);

        assertThat(fixtures.auditLog(org)).filteredOn(line -> line.startsWith("stay_rules.changed")).hasSize(2)
                .last().satisfies(line -> assertThat(line)
                        .contains("\"closed_arrivals\": \"[]\"").contains("\"closed_arrivals\": \"[SUNDAY]\""));
    }

    private BookingRequest oneNight() {
        return new BookingRequest(room.id(), StayPeriod.of(JAN_1, JAN_2), 2, List.of(),
                new GuestDetails("Ada Guest", "ada@example.org", "+351 912 345 678", "", true));
    }
}
