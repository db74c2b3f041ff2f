package dev.bookspace.pricing;

import dev.bookspace.shared.Money;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An organisation's rates as {@link Pricing} reads them: seasons, weekday rates, length-of-stay
 * discounts, and the taxes and fees every booking carries. Plain values, so pricing needs no
 * database and its tests none either; {@link RateService} reads them from their tables.
 *
 * @param seasons named date ranges, which never overlap
 * @param weekdayRates named sets of weekday nights, no weekday in two of them
 * @param discounts off the stay from a number of nights
 * @param charges taxes and fees, in the order they were set up
 */
public record RateCard(List<Season> seasons, List<WeekdayRate> weekdayRates, List<StayDiscount> discounts,
        List<Charge> charges) implements Serializable {

    /** An organisation without rates: every night at the room's base price, no discount, no tax, no fee. */
    public static final RateCard NONE = new RateCard(List.of(), List.of(), List.of(), List.of());

    public RateCard {
        seasons = List.copyOf(seasons);
        weekdayRates = List.copyOf(weekdayRates);
        discounts = List.copyOf(discounts);
        charges = List.copyOf(charges);
    }

    /**
     * Named nights with their own prices: per room ({@code roomPrices}, by item id), and for every
     * other room a percentage over what the night would cost without the season, when set.
     *
     * @param firstNight the first night of the season
     * @param lastNight the last night of the season (a stay whose checkout is the day after has all its nights in it)
     * @param percentOverBase such as {@code 20} or {@code -15}; null when only the rooms given a price change
     */
    public record Season(String name, LocalDate firstNight, LocalDate lastNight, BigDecimal percentOverBase,
            Map<Long, Money> roomPrices) implements Serializable {

        public Season {
            Objects.requireNonNull(name, "name");
            if (lastNight.isBefore(firstNight)) {
                throw new IllegalArgumentException("A season's last night is not before its first");
            }
            roomPrices = Map.copyOf(roomPrices);
        }

        public boolean covers(LocalDate night) {
            return !night.isBefore(firstNight) && !night.isAfter(lastNight);
        }
    }

    /**
     * Nights that cost a room its own price by the day of the week they begin on: "Weekend" for Friday
     * and Saturday nights.
     */
    public record WeekdayRate(String name, Set<DayOfWeek> nights, Map<Long, Money> roomPrices) implements Serializable {

        public WeekdayRate {
            Objects.requireNonNull(name, "name");
            nights = Set.copyOf(nights);
            roomPrices = Map.copyOf(roomPrices);
        }
    }

    /** So many percent off the nights of a stay of at least {@code minNights} nights. */
    public record StayDiscount(int minNights, BigDecimal percent) implements Serializable {

        public StayDiscount {
            if (minNights < 1 || percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) >= 0) {
                throw new IllegalArgumentException("A discount starts at one night or more and takes less than all");
            }
        }
    }

    /**
     * A tax or fee: {@code amount} for the per-guest-per-night and per-booking kinds, {@code percent}
     * for the percentage taxes.
     */
    public record Charge(String name, ChargeKind kind, Money amount, BigDecimal percent) implements Serializable {

        public Charge {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
            if (kind.isPercentage() ? percent == null : amount == null) {
                throw new IllegalArgumentException(kind + " needs " + (kind.isPercentage() ? "a percentage" : "an amount"));
            }
        }
    }

    /** The season covering a night; seasons never overlap, so at most one does. */
    Optional<Season> seasonOf(LocalDate night) {
        return seasons.stream().filter(season -> season.covers(night)).min(Comparator.comparing(Season::firstNight));
    }

    /** The weekday rate pricing a room on a night, when the room has a price in it. */
    Optional<WeekdayRate> weekdayRateOf(long itemId, LocalDate night) {
        return weekdayRates.stream()
                .filter(rate -> rate.nights().contains(night.getDayOfWeek()) && rate.roomPrices().containsKey(itemId))
                .findFirst();
    }

    /** The largest discount a stay of this many nights earns: the one with the most nights it reaches. */
    Optional<StayDiscount> discountFor(long nights) {
        return discounts.stream().filter(discount -> discount.minNights() <= nights)
                .max(Comparator.comparingInt(StayDiscount::minNights));
    }
}
