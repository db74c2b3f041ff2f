package dev.bookspace.availability;

import dev.bookspace.shared.OneLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * Closing a room's dates, as staff fill it in on the dashboard and an integration sends it: the nights
 * as a stay's, from check-in to the checkout day on which the room opens again, why, and, in a room type of several
 * units, which unit or every one.
 */
public class ClosedDatesForm implements Serializable {

    private LocalDate checkIn;

    private LocalDate checkout;

    @NotBlank(message = "{bookspace.closed.reason.blank}")
    @Size(max = 200, message = "{bookspace.closed.reason.size}")
    @OneLine
    private String reason;

    /** The one unit of a room type to close, from 1; null for any free one, or with {@link #everyUnit}. */
    private Integer unit;

    /** Close every unit of the room, so that none is left for those nights. */
    private boolean everyUnit;

    public ClosedDatesForm() {
    }

    public ClosedDatesForm(LocalDate checkIn, LocalDate checkout, String reason) {
        this.checkIn = checkIn;
        this.checkout = checkout;
        this.reason = reason;
    }

    /** Closing one unit ({@code unit} from 1), every unit ({@code everyUnit}), or, with neither, any one free unit. */
    public ClosedDatesForm(LocalDate checkIn, LocalDate checkout, String reason, Integer unit, boolean everyUnit) {
        this(checkIn, checkout, reason);
        this.unit = unit;
        this.everyUnit = everyUnit;
    }

    public Integer getUnit() {
        return unit;
    }

    public void setUnit(Integer unit) {
        this.unit = unit;
    }

    public boolean isEveryUnit() {
        return everyUnit;
    }

    public void setEveryUnit(boolean everyUnit) {
        this.everyUnit = everyUnit;
    }

    public LocalDate getCheckIn() {
        return checkIn;
    }

    public void setCheckIn(LocalDate checkIn) {
        this.checkIn = checkIn;
    }

    public LocalDate getCheckout() {
        return checkout;
    }

    public void setCheckout(LocalDate checkout) {
        this.checkout = checkout;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
