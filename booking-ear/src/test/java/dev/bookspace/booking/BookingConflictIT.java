package dev.bookspace.booking;

import static dev.bookspace.testing.Stays.JAN_1;
import static dev.bookspace.testing.Stays.JAN_2;
import static dev.bookspace.testing.Stays.JAN_3;
import static dev.bookspace.testing.Stays.JAN_5;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bookspace.shared.StayPeriod;
import dev.bookspace.tenancy.Scope;
import dev.bookspace.testing.Deployments;
import dev.bookspace.testing.Fixtures;
import dev.bookspace.testing.Fixtures.Item;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.FullStack;
import jakarta.enterprise.inject.spi.CDI;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Double booking is impossible: the database refuses the overlap and the service says so, leaving nothing behind. */
@FullStack
class BookingConflictIT {

    @Deployment
    static EnterpriseArchive application() {
        return Deployments.withTestClass(BookingConflictIT.class);
    }

    @RegisterExtension
    final Fixtures fixtures = Fixtures.inContainer();

    // Looked up, not injected: Arquillian's enrichers sit in the EAR's lib/ and miss the web module's beans.
    private BookingService bookings;
    private Organisation org;
    private Item room;

    @BeforeEach
    void organisationWithARoom() {
        bookings = CDI.current().select(BookingService.class).get();
        org = fixtures.organisation("Harbour House");
        room = fixtures.item(org, "Sea Room");
    }

    @Test
    void refusesAnOverlappingHoldAndLeavesNoPartialBooking() {
        bookings.hold(scope(), request(JAN_1, JAN_3));

        assertThatThrownBy(() -> bookings.hold(scope(), request(JAN_2, JAN_5)))
                .isInstanceOf(BookingConflictException.class)
                .hasMessage("Sea Room was just booked for some of those nights.");
        assertThat(fixtures.bookingStatuses(org)).containsExactly("unpaid");
        assertThat(fixtures.blockingRanges(org)).containsExactly(room.id() + " [" + JAN_1 + "," + JAN_3 + ")");
    }

    @Test
    void takesTheNextGuestOnTheCheckoutDay() {
        bookings.hold(scope(), request(JAN_1, JAN_3));
        BookingSummary next = bookings.hold(scope(), request(JAN_3, JAN_5));

        assertThat(next.status()).isEqualTo(BookingStatus.UNPAID);
        assertThat(next.total().formatted()).isEqualTo("€240.00");
        assertThat(fixtures.bookingStatuses(org)).containsExactly("unpaid", "unpaid");
    }

    @Test
    void theDatabaseRefusesOverlappingActiveBookingsWrittenAroundTheService() {
        fixtures.paidBooking(org, room, JAN_1, JAN_3);

        assertThatThrownBy(() -> fixtures.paidBooking(org, room, JAN_2, JAN_5))
                .rootCause()
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("23P01"));
        assertThat(fixtures.blockingRanges(org)).containsExactly(room.id() + " [" + JAN_1 + "," + JAN_3 + ")");
    }

    @Test
    void theDatabaseTakesACancelledBookingOverAnActiveOne() {
        fixtures.paidBooking(org, room, JAN_1, JAN_3);
        fixtures.cancelledBooking(org, room, JAN_2, JAN_5);

        assertThat(fixtures.bookingStatuses(org)).containsExactly("paid", "cancelled");
    }

    @Test
    void expiresAStaleHoldOnTheBookingPathAndTakesTheRoom() {
        fixtures.unpaidHold(org, room, JAN_1, JAN_3, Instant.now().minus(1, ChronoUnit.MINUTES));

        BookingSummary hold = bookings.hold(scope(), request(JAN_1, JAN_3));

        Instant inHalfAnHour = Instant.now().plus(30, ChronoUnit.MINUTES);
        assertThat(hold.holdExpiresAt().toInstant()).isBetween(inHalfAnHour.minusSeconds(60), inHalfAnHour);
        assertThat(fixtures.bookingStatuses(org)).containsExactly("expired", "unpaid");
    }

    private Scope scope() {
        return Scope.guestOf(org.id());
    }

    private HoldRequest request(LocalDate checkIn, LocalDate checkout) {
        return new HoldRequest(room.id(), StayPeriod.of(checkIn, checkout), 2, "Ada Guest", "ada@example.org");
    }
}
