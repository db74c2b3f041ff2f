package dev.bookspace.pricing;

import dev.bookspace.shared.Money;
import dev.bookspace.shared.StayPeriod;
import java.util.List;

/**
 * Computes every price Bookspace shows or charges, so the rooms page, the booking page, the API and
 * the payment can never disagree. Prices are never taken from the client.
 */
public final class Pricing {

    private Pricing() {
    }

    /** The stay alone: nights times the nightly price. */
    public static Quote stay(Money nightlyPrice, StayPeriod stay) {
        long nights = stay.nights();
        String label = nights + (nights == 1 ? " night" : " nights") + " × " + nightlyPrice.formatted();
        QuoteLine line = new QuoteLine(label, nightlyPrice.times(nights));
        return new Quote(List.of(line), line.amount());
    }
}
