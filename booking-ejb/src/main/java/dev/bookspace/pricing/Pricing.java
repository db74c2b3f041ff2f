package dev.bookspace.pricing;

import dev.bookspace.shared.Money;
import dev.bookspace.shared.Plural;
import dev.bookspace.shared.StayPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Computes every price Bookspace shows or charges, so the rooms page, the booking page, the API, the
 * payment and the e-mail can never disagree. Prices are never taken from the client.
 *
 * <p>Each night of a room is priced by the most specific rule (README, Rates): the room's own price in
 * the season covering the night; otherwise the room's weekday price, or its base price, raised or
 * lowered by the season's percentage for all rooms. A season percentage moves the whole price list, so
 * a weekend stays dearer than a weekday in every season; a room's own season price is the owner's
 * explicit figure for those dates, and nothing overrides it.
 *
 * <p>Money is in minor units. Every line is rounded once, half-up to the currency's minor unit: a
 * season's percentage per night (so each night is a price a guest can read), a discount on the
 * nights' sum, a percentage tax on its base. Lines are then added exactly, so the total is the sum of
 * what the guest reads.
 *
 * <p>Add-ons multiply by their quantity and by their mode: once per booking, per night of the stay,
 * or per guest of the booking.
 */
public final class Pricing {

    private Pricing() {
    }

    /** The stay alone, at the base price every night. */
    public static Quote stay(Money nightlyPrice, StayPeriod stay) {
        return quote(nightlyPrice, stay, 1, List.of());
    }

    /** The stay and add-ons at the base price every night, without any rate, discount, tax or fee. */
    public static Quote quote(Money nightlyPrice, StayPeriod stay, int guests, List<PricedAddOn> addOns) {
        return quote(RateCard.NONE, 0, nightlyPrice, stay, guests, addOns);
    }

    /** One night of a room. */
    public static PricedNight night(RateCard rates, long itemId, Money base, LocalDate night) {
        Optional<RateCard.Season> season = rates.seasonOf(night);
        Money own = season.map(found -> found.roomPrices().get(itemId)).orElse(null);
        if (own != null) {
            return new PricedNight(night, own, season.get().name());
        }
        Optional<RateCard.WeekdayRate> weekday = rates.weekdayRateOf(itemId, night);
        Money price = weekday.map(rate -> rate.roomPrices().get(itemId)).orElse(base);
        String rate = weekday.map(RateCard.WeekdayRate::name).orElse(null);
        BigDecimal percent = season.map(RateCard.Season::percentOverBase).orElse(null);
        if (percent == null) {
            return new PricedNight(night, price, rate);
        }
        return new PricedNight(night, price.plus(price.percent(percent)),
                rate == null ? season.get().name() : season.get().name() + ", " + rate);
    }

    /** Every night of a stay, in order. */
    public static List<PricedNight> nights(RateCard rates, long itemId, Money base, StayPeriod stay) {
        List<PricedNight> nights = new ArrayList<>((int) stay.nights());
        for (LocalDate night = stay.checkIn(); night.isBefore(stay.checkout()); night = night.plusDays(1)) {
            nights.add(night(rates, itemId, base, night));
        }
        return nights;
    }

    /**
     * What the room costs for the stay, nights less any length-of-stay discount, without the quote's
     * labels: availability prices every free room of a search, and formatting a label per room was a
     * sixth of an availability request's CPU (bench/NOTES-driver.md).
     */
    public static Money stayTotal(RateCard rates, long itemId, Money base, StayPeriod stay) {
        if (rates.seasons().isEmpty() && rates.weekdayRates().isEmpty() && rates.discounts().isEmpty()) {
            return base.times(stay.nights());
        }
        Money nights = nights(rates, itemId, base, stay).stream().map(PricedNight::price).reduce(Money::plus).orElseThrow();
        return rates.discountFor(stay.nights()).map(discount -> nights.plus(nights.percent(discount.percent()).negated()))
                .orElse(nights);
    }

    /**
     * The lowest price of a night of the stay, and whether other nights cost more: a room card's
     * "from €80.00 per night".
     */
    public static LowestNight lowestNight(RateCard rates, long itemId, Money base, StayPeriod stay) {
        if (rates.seasons().isEmpty() && rates.weekdayRates().isEmpty()) {
            return new LowestNight(base, false);
        }
        List<Long> prices = nights(rates, itemId, base, stay).stream().map(night -> night.price().minor()).toList();
        long lowest = prices.stream().mapToLong(Long::longValue).min().orElseThrow();
        return new LowestNight(new Money(lowest, base.currency()), prices.stream().anyMatch(price -> price != lowest));
    }

    /** @param others whether some nights cost more than {@code price} */
    public record LowestNight(Money price, boolean others) implements java.io.Serializable {
    }

    /** What the stay alone costs at the base price. */
    public static Money stayTotal(Money nightlyPrice, StayPeriod stay) {
        return stayTotal(RateCard.NONE, 0, nightlyPrice, stay);
    }

    /** The stay of a room with the chosen add-ons for this many guests, under the organisation's rates. */
    public static Quote quote(RateCard rates, long itemId, Money base, StayPeriod stay, int guests,
            List<PricedAddOn> addOns) {
        long nights = stay.nights();
        List<QuoteLine> lines = new ArrayList<>(nightLines(nights(rates, itemId, base, stay)));
        Money nightsTotal = sum(lines, base.times(0));
        rates.discountFor(nights).ifPresent(discount -> lines.add(new QuoteLine(LineKind.DISCOUNT,
                Plural.of(discount.minNights(), "night") + " or more: " + percent(discount.percent()) + " off",
                nightsTotal.percent(discount.percent()).negated())));
        addOns.forEach(addOn -> lines.add(addOnLine(addOn, nights, guests)));
        for (RateCard.Charge charge : rates.charges()) {
            if (charge.kind() == ChargeKind.PER_BOOKING) {
                lines.add(new QuoteLine(LineKind.FEE, charge.name(), charge.amount()));
            }
        }
        // Percentage taxes are on what the guest pays for the stay, add-ons and fees; not on other taxes.
        Money taxable = sum(lines, base.times(0));
        for (RateCard.Charge charge : rates.charges()) {
            switch (charge.kind()) {
                case PER_GUEST_NIGHT -> lines.add(new QuoteLine(LineKind.TAX, charge.name() + " (" + Plural.of(guests, "guest")
                        + " × " + Plural.of(nights, "night") + " × " + charge.amount().formatted() + ")",
                        charge.amount().times(Math.multiplyExact(nights, guests))));
                case PERCENT_ADDED -> lines.add(new QuoteLine(LineKind.TAX, charge.name() + " " + percent(charge.percent()),
                        taxable.percent(charge.percent())));
                case PERCENT_INCLUDED -> lines.add(new QuoteLine(LineKind.INCLUDED_TAX, charge.name() + " "
                        + percent(charge.percent()) + " (included)", taxable.includedShare(charge.percent())));
                case PER_BOOKING -> {
                    // a fee, listed above
                }
            }
        }
        return new Quote(lines, sum(lines, base.times(0)));
    }

    /** Consecutive or not, nights at one price by one rule make one line, in the order they first come. */
    private static List<QuoteLine> nightLines(List<PricedNight> nights) {
        record Rate(Money price, String name) {
        }
        Map<Rate, Integer> counts = new LinkedHashMap<>();
        nights.forEach(night -> counts.merge(new Rate(night.price(), night.rate()), 1, Integer::sum));
        List<QuoteLine> lines = new ArrayList<>(counts.size());
        counts.forEach((rate, count) -> lines.add(new QuoteLine(LineKind.NIGHTS,
                Plural.of(count, "night") + " × " + rate.price().formatted() + (rate.name() == null ? "" : " (" + rate.name() + ")"),
                rate.price().times(count))));
        return lines;
    }

    private static Money sum(List<QuoteLine> lines, Money zero) {
        return lines.stream().filter(QuoteLine::counts).map(QuoteLine::amount).reduce(zero, Money::plus);
    }

    private static QuoteLine addOnLine(PricedAddOn addOn, long nights, int guests) {
        String times = addOn.quantity() == 1 ? "" : addOn.quantity() + " × ";
        String price = addOn.unitPrice().formatted();
        return switch (addOn.pricing()) {
            case PER_BOOKING -> new QuoteLine(LineKind.ADD_ON, addOn.name() + " (" + times + price + ")",
                    addOn.unitPrice().times(addOn.quantity()));
            case PER_NIGHT -> new QuoteLine(LineKind.ADD_ON, addOn.name() + " (" + times + Plural.of(nights, "night") + " × " + price + ")",
                    addOn.unitPrice().times(Math.multiplyExact(nights, addOn.quantity())));
            case PER_GUEST -> new QuoteLine(LineKind.ADD_ON, addOn.name() + " (" + times + Plural.of(guests, "guest") + " × " + price + ")",
                    addOn.unitPrice().times((long) guests * addOn.quantity()));
            case PER_GUEST_NIGHT -> new QuoteLine(LineKind.ADD_ON, addOn.name() + " (" + times + Plural.of(guests, "guest") + " × "
                    + Plural.of(nights, "night") + " × " + price + ")",
                    addOn.unitPrice().times(Math.multiplyExact(Math.multiplyExact(nights, guests), addOn.quantity())));
        };
    }

    /** A percentage as a person writes it: {@code 10 %}, {@code 12.5 %}. */
    public static String percent(BigDecimal percent) {
        return percent.stripTrailingZeros().toPlainString() + " %";
    }

}
