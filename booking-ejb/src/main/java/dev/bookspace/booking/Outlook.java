package dev.bookspace.booking;

import dev.bookspace.shared.Money;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The dashboard home's view ahead and behind: holds about to lapse, how full the next 30 days are,
 * and what came in over the last 30.
 *
 * @param holds unpaid holds still live, the soonest to expire first
 * @param bookedNights room-nights taken in the next 30 days
 * @param availableNights room-nights the bookable rooms offer in the next 30 days
 * @param revenue money in less refunds, per day of the last 30 days, oldest first
 */
public record Outlook(List<Hold> holds, long bookedNights, long availableNights, List<DayRevenue> revenue)
        implements Serializable {

    /**
     * @param words "Awaiting payment (held until 14:30)", in the organisation's time
     */
    public record Hold(String reference, String guestName, String roomTitle, OffsetDateTime expiresAt, StatusWords words)
            implements Serializable {
    }

    public record DayRevenue(LocalDate day, Money amount) implements Serializable {
    }

    /** Whole percent of the next 30 days' room-nights taken. */
    public int occupancyPercent() {
        return availableNights == 0 ? 0 : (int) Math.round(100.0 * bookedNights / availableNights);
    }

    public Money revenueTotal() {
        return revenue.stream().map(DayRevenue::amount).reduce(Money::plus).orElseThrow();
    }
}
