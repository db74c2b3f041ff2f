package dev.bookspace.pricing;

import dev.bookspace.audit.AuditFields;
import dev.bookspace.audit.AuditSubject;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/** How rates appear in the audit log: each kind of rule by its name, with the figures a guest pays by. */
final class RatesAudit {

    private RatesAudit() {
    }

    static AuditSubject season(long id, String name) {
        return AuditSubject.of("season", id, name);
    }

    static AuditFields fields(SeasonForm form) {
        return AuditFields.of().put("name", form.getName()).put("first_night", form.getFirstNight())
                .put("last_night", form.getLastNight()).put("percent_over_base", plain(form.getPercentOverBase()))
                .put("room_prices", plain(form.getRoomPrices()))
                .put("min_nights", form.getMinNights()).put("max_nights", form.getMaxNights())
                .put("closed_arrivals", days(form.getClosedArrivals())).put("closed_departures", days(form.getClosedDepartures()));
    }

    /** Weekdays in their order in the week, however they were ticked. */
    static String days(Collection<DayOfWeek> days) {
        return days.stream().distinct().sorted().toList().toString();
    }

    static AuditSubject weekdayRate(long id, String name) {
        return AuditSubject.of("weekday_rate", id, name);
    }

    static AuditFields fields(WeekdayRateForm form) {
        return AuditFields.of().put("name", form.getName()).put("nights", days(form.getNights()))
                .put("room_prices", plain(form.getRoomPrices()));
    }

    static AuditSubject discount(StayDiscount discount) {
        return AuditSubject.of("stay_discount", discount.getId(), discount.getMinNights() + " nights or more");
    }

    static AuditFields fields(StayDiscount discount) {
        return AuditFields.of().put("min_nights", discount.getMinNights()).put("percent", plain(discount.getPercent()));
    }

    static AuditSubject charge(Charge charge) {
        return AuditSubject.of("tax_or_fee", charge.getId(), charge.getName());
    }

    /** A figure as a person typed it: 20 and 20.00 are the same percentage, and no change. */
    private static String plain(BigDecimal figure) {
        return figure == null ? null : figure.stripTrailingZeros().toPlainString();
    }

    /** Each room's price, by room id, in a stable order. */
    private static String plain(Map<Long, BigDecimal> roomPrices) {
        Map<Long, String> prices = new TreeMap<>();
        roomPrices.forEach((room, price) -> prices.put(room, plain(price)));
        return prices.toString();
    }

    static AuditFields fields(Charge charge) {
        return AuditFields.of().put("name", charge.getName()).put("kind", charge.getKind().name().toLowerCase())
                .put("amount_minor", charge.getAmountMinor()).put("percent", plain(charge.getPercent()));
    }
}
