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

    @NotNull(message = "Please enter the fewest nights a stay may have.")
    @Min(value = 1, message = "A stay is at least 1 night.")
    @Max(value = StayPeriod.MAX_NIGHTS, message = "A stay is at most " + StayPeriod.MAX_NIGHTS + " nights.")
    private Integer minNights;

    @NotNull(message = "Please enter the most nights a stay may have.")
    @Min(value = 1, message = "A stay is at least 1 night.")
    @Max(value = StayPeriod.MAX_NIGHTS, message = "A stay is at most " + StayPeriod.MAX_NIGHTS + " nights.")
    private Integer maxNights;

    private List<DayOfWeek> closedArrivals = new ArrayList<>();

    private List<DayOfWeek> closedDepartures = new ArrayList<>();

    @NotNull(message = "Please enter how many months ahead guests may book.")
    @Min(value = 1, message = "Guests book at least 1 month ahead.")
    @Max(value = StayPeriod.MAX_MONTHS_AHEAD, message = "Guests book at most " + StayPeriod.MAX_MONTHS_AHEAD
            + " months ahead.")
    private Integer horizonMonths;

    @NotNull(message = "Please enter how many days ahead a stay must begin; 0 takes same-day bookings.")
    @Min(value = 0, message = "Enter 0 days for same-day bookings, or more.")
    @Max(value = 365, message = "A stay must begin at most 365 days ahead.")
    private Integer leadDays;

    @Min(value = 1, message = "Choose an hour from 1 to 23, or none to take same-day bookings all day.")
    @Max(value = 23, message = "Choose an hour from 1 to 23, or none to take same-day bookings all day.")
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
