package dev.bookspace.availability;

import dev.bookspace.shared.StayPeriod;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;

/**
 * The organisation's stay rules as staff edit them on the rates page. The page checks each field as it is
 * typed, {@link StayRuleService} again on save, with the checks between fields.
 */
public class StayRulesForm implements Serializable {

    @NotNull(message = "{bookspace.rules.min-nights.missing}")
    @Min(value = 1, message = "{bookspace.stay.nights.min}")
    @Max(value = StayPeriod.MAX_NIGHTS, message = "{bookspace.stay.nights.max}")
    private Integer minNights;

    @NotNull(message = "{bookspace.rules.max-nights.missing}")
    @Min(value = 1, message = "{bookspace.stay.nights.min}")
    @Max(value = StayPeriod.MAX_NIGHTS, message = "{bookspace.stay.nights.max}")
    private Integer maxNights;

    private List<DayOfWeek> closedArrivals = new ArrayList<>();

    private List<DayOfWeek> closedDepartures = new ArrayList<>();

    @NotNull(message = "{bookspace.rules.horizon.missing}")
    @Min(value = 1, message = "{bookspace.rules.horizon.min}")
    @Max(value = StayPeriod.MAX_MONTHS_AHEAD, message = "{bookspace.rules.horizon.max}")
    private Integer horizonMonths;

    @NotNull(message = "{bookspace.rules.lead.missing}")
    @Min(value = 0, message = "{bookspace.rules.lead.min}")
    @Max(value = 365, message = "{bookspace.rules.lead.max}")
    private Integer leadDays;

    @Min(value = 1, message = "{bookspace.rules.cutoff.range}")
    @Max(value = 23, message = "{bookspace.rules.cutoff.range}")
    private Integer sameDayCutoffHour;

    public Integer getMinNights() {
        return minNights;
    }

    public void setMinNights(Integer minNights) {
        this.minNights = minNights;
    }

    public Integer getMaxNights() {
        return maxNights;
    }

    public void setMaxNights(Integer maxNights) {
        this.maxNights = maxNights;
    }

    public List<DayOfWeek> getClosedArrivals() {
        return closedArrivals;
    }

    public void setClosedArrivals(List<DayOfWeek> closedArrivals) {
        this.closedArrivals = closedArrivals;
    }

    public List<DayOfWeek> getClosedDepartures() {
        return closedDepartures;
    }

    public void setClosedDepartures(List<DayOfWeek> closedDepartures) {
        this.closedDepartures = closedDepartures;
    }

    public Integer getHorizonMonths() {
        return horizonMonths;
    }

    public void setHorizonMonths(Integer horizonMonths) {
        this.horizonMonths = horizonMonths;
    }

    public Integer getLeadDays() {
        return leadDays;
    }

    public void setLeadDays(Integer leadDays) {
        this.leadDays = leadDays;
    }

    /** With 0 lead days, the hour (the organisation's time) from which today is no longer bookable; null: never. */
    public Integer getSameDayCutoffHour() {
        return sameDayCutoffHour;
    }

    public void setSameDayCutoffHour(Integer sameDayCutoffHour) {
        this.sameDayCutoffHour = sameDayCutoffHour;
    }
}
