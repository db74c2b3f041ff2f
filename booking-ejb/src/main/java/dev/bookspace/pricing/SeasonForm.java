package dev.bookspace.pricing;

import dev.bookspace.shared.OneLine;
import dev.bookspace.shared.StayPeriod;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A season as an owner edits it: a name, its first and last nights, an optional percentage over every
 * room's price, rooms' own prices (major units, by item id; an empty one leaves the room to the
 * percentage or its usual price), and the season's own stay rules (README, Stay rules). The page checks each field as it is typed, {@link RateService} again on save.
 */
public class SeasonForm implements Serializable {

    private Long id;

    @NotBlank(message = "{bookspace.season.name.blank}")
    @Size(max = 60, message = "{bookspace.rate.name.size}")
    @OneLine
    private String name;

    @NotNull(message = "{bookspace.season.first.missing}")
    private LocalDate firstNight;

    @NotNull(message = "{bookspace.season.last.missing}")
    private LocalDate lastNight;

    @DecimalMin(value = "-90", message = "{bookspace.season.lower.max}")
    @DecimalMax(value = "500", message = "{bookspace.season.raise.max}")
    @Digits(integer = 3, fraction = 2, message = "{bookspace.percent.decimals}")
    private BigDecimal percentOverBase;

    private Map<Long, BigDecimal> roomPrices = new LinkedHashMap<>();

    @Min(value = 1, message = "{bookspace.stay.nights.min}")
    @Max(value = StayPeriod.MAX_NIGHTS, message = "{bookspace.stay.nights.max}")
    private Integer minNights;

    @Min(value = 1, message = "{bookspace.stay.nights.min}")
    @Max(value = StayPeriod.MAX_NIGHTS, message = "{bookspace.stay.nights.max}")
    private Integer maxNights;

    private List<DayOfWeek> closedArrivals = new ArrayList<>();

    private List<DayOfWeek> closedDepartures = new ArrayList<>();

    /** Null: the organisation's minimum holds in the season. */
    public Integer getMinNights() {
        return minNights;
    }

    public void setMinNights(Integer minNights) {
        this.minNights = minNights;
    }

    /** Null: the organisation's maximum holds in the season. */
    public Integer getMaxNights() {
        return maxNights;
    }

    public void setMaxNights(Integer maxNights) {
        this.maxNights = maxNights;
    }

    /** Weekdays on which no stay arriving in the season may begin, besides the organisation's. */
    public List<DayOfWeek> getClosedArrivals() {
        return closedArrivals;
    }

    public void setClosedArrivals(List<DayOfWeek> closedArrivals) {
        this.closedArrivals = closedArrivals;
    }

    /** Weekdays on which no stay arriving in the season may end, besides the organisation's. */
    public List<DayOfWeek> getClosedDepartures() {
        return closedDepartures;
    }

    public void setClosedDepartures(List<DayOfWeek> closedDepartures) {
        this.closedDepartures = closedDepartures;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getFirstNight() {
        return firstNight;
    }

    public void setFirstNight(LocalDate firstNight) {
        this.firstNight = firstNight;
    }

    public LocalDate getLastNight() {
        return lastNight;
    }

    public void setLastNight(LocalDate lastNight) {
        this.lastNight = lastNight;
    }

    public BigDecimal getPercentOverBase() {
        return percentOverBase;
    }

    public void setPercentOverBase(BigDecimal percentOverBase) {
        this.percentOverBase = percentOverBase;
    }

    public Map<Long, BigDecimal> getRoomPrices() {
        return roomPrices;
    }

    public void setRoomPrices(Map<Long, BigDecimal> roomPrices) {
        this.roomPrices = roomPrices;
    }
}
