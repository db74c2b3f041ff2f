package dev.bookspace.pricing;

import dev.bookspace.shared.Money;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An organisation's rates as the dashboard's rates page lists them. */
public record RatesOverview(List<Room> rooms, List<SeasonRow> seasons, List<WeekdayRateRow> weekdayRates,
        List<DiscountRow> discounts, List<ChargeRow> charges) implements Serializable {

    /** A bookable room and its base price, the price of a night no rate changes. */
    public record Room(long id, String title, Money basePrice) implements Serializable {
    }

    /**
     * @param roomPrices rooms' own prices, by item id
     * @param stayRules the season's own stay rules in words, empty when it has none
     */
    public record SeasonRow(long id, String name, LocalDate firstNight, LocalDate lastNight, BigDecimal percentOverBase,
            Map<Long, Money> roomPrices, String stayRules) implements Serializable {
    }

    public record WeekdayRateRow(long id, String name, Set<DayOfWeek> nights, Map<Long, Money> roomPrices)
            implements Serializable {
    }

    public record DiscountRow(long id, int minNights, BigDecimal percent) implements Serializable {
    }

    /** @param charged what it costs, as a person reads it: {@code €2.50 per guest per night}, {@code 10 % included} */
    public record ChargeRow(long id, String name, ChargeKind kind, String charged) implements Serializable {
    }
}
