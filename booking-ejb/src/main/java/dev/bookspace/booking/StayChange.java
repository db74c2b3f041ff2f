package dev.bookspace.booking;

import dev.bookspace.pricing.QuoteLine;
import dev.bookspace.shared.Money;
import dev.bookspace.shared.StayPeriod;
import java.io.Serializable;
import java.util.List;

/**
 * A change of a booking's dates or rooms as its guest (or staff) see it before confirming: the new stay priced by the
 * one {@code Pricing} with the same lines as a new booking, and what the difference means for their money.
 *
 * @param roomId the room of the new stay (the first, by id, of several)
 * @param roomTitle its title, or the titles of several rooms joined ("Sea Room + Loft")
 * @param stay the new nights
 * @param lines the new price breakdown
 * @param total the new total, which the guest confirms
 * @param difference the new total less the old: more than nothing when the stay becomes dearer
 * @param payNow what the guest pays by card on confirming, through Stripe Checkout; nothing otherwise
 * @param refund what goes back to their card on confirming; nothing otherwise
 */
public record StayChange(long roomId, String roomTitle, StayPeriod stay, List<QuoteLine> lines, Money total,
        Money difference, Money payNow, Money refund) implements Serializable {

    public StayChange {
        lines = List.copyOf(lines);
    }

    /** The change as the desk makes it: a dearer stay's difference is left due, nothing is paid by card on confirming. */
    StayChange leftDue() {
        return new StayChange(roomId, roomTitle, stay, lines, total, difference, Money.of(0, total.currencyCode()), refund);
    }
}
