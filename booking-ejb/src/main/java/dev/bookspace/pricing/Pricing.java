package dev.bookspace.pricing;

import dev.bookspace.shared.Money;
import dev.bookspace.shared.StayPeriod;
import java.util.List;

/**
 * Computes every price Bookspace shows or charges, so the rooms page, the booking page, the API, the
 * payment and the e-mail can never disagree. Prices are never taken from the client.
 *
 * <p>Add-ons multiply by their quantity and by their mode: once per booking, per night of the stay,
 * or per guest of the booking.
 */
public final class Pricing {

    private Pricing() {
    }

    /** The stay alone: nights times the nightly price. */
    public static Quote stay(Money nightlyPrice, StayPeriod stay) {
        return quote(nightlyPrice, stay, 1, List.of());
    }

    /**
     * What the stay alone costs, the amount of every quote's stay line, without the quote's labels:
     * availability prices every free room of a search, and formatting a label per room was a sixth
     * of an availability request's CPU (bench/NOTES-driver.md).
     */
    public static Money stayTotal(Money nightlyPrice, StayPeriod stay) {
        return nightlyPrice.times(stay.nights());
    }

    /** The stay and the chosen add-ons, for this many guests. */
    public static Quote quote(Money nightlyPrice, StayPeriod stay, int guests, List<PricedAddOn> addOns) {
        long nights = stay.nights();
        QuoteLine stayLine = new QuoteLine(plural(nights, "night") + " × " + nightlyPrice.formatted(),
                stayTotal(nightlyPrice, stay));
        List<QuoteLine> addOnLines = addOns.stream().map(addOn -> addOnLine(addOn, nights, guests)).toList();
        Money total = addOnLines.stream().map(QuoteLine::amount).reduce(stayLine.amount(), Money::plus);
        return new Quote(stayLine, addOnLines, total);
    }

    private static QuoteLine addOnLine(PricedAddOn addOn, long nights, int guests) {
        String times = addOn.quantity() == 1 ? "" : addOn.quantity() + " × ";
        String price = addOn.unitPrice().formatted();
        return switch (addOn.pricing()) {
            case PER_BOOKING -> new QuoteLine(addOn.name() + " (" + times + price + ")",
                    addOn.unitPrice().times(addOn.quantity()));
            case PER_NIGHT -> new QuoteLine(addOn.name() + " (" + times + plural(nights, "night") + " × " + price + ")",
                    addOn.unitPrice().times(Math.multiplyExact(nights, addOn.quantity())));
            case PER_GUEST -> new QuoteLine(addOn.name() + " (" + times + plural(guests, "guest") + " × " + price + ")",
                    addOn.unitPrice().times((long) guests * addOn.quantity()));
        };
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
