package dev.bookspace.booking;

import dev.bookspace.organisation.Organisation;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * Asks a deposit booking's guest for the balance, once: the job when the day comes, or the deposit's own payment
 * when the booking was made within the organisation's days before arrival. Runs in the caller's transaction.
 */
@Dependent
public class BalanceRequests {

    @Inject
    private Event<BalanceRequested> requested;

    private final Clock clock = Clock.systemUTC();

    /** Answers whether the guest was asked now: the balance is due today or earlier, unpaid, and not yet asked for. */
    boolean askIfDue(Organisation organisation, Booking booking, OffsetDateTime now) {
        boolean due = booking.getStatus() == BookingStatus.PAID && booking.getBalanceRequestedAt() == null
                && booking.deposit().isPresent() && booking.balanceDue().minor() > 0
                && booking.balanceDueOn().filter(day -> !day.isAfter(organisation.today(clock))).isPresent();
        if (!due) {
            return false;
        }
        booking.noteBalanceRequested(now);
        requested.fire(new BalanceRequested(GuestBooking.of(organisation, booking), booking.getGuestEmail()));
        return true;
    }
}
