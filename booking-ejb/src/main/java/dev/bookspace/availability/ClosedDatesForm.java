package dev.bookspace.availability;

import dev.bookspace.shared.OneLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * Closing a room's dates, as staff fill it in on the dashboard and an integration sends it: the nights
 * as a stay's, from check-in to the checkout day on which the room opens again, and why.
 */
public class ClosedDatesForm implements Serializable {

    private LocalDate checkIn;

    private LocalDate checkout;

    @NotBlank(message = "{bookspace.closed.reason.blank}")
    @Size(max = 200, message = "{bookspace.closed.reason.size}")
    @OneLine
    private String reason;

    public ClosedDatesForm() {
    }

    public ClosedDatesForm(LocalDate checkIn, LocalDate checkout, String reason) {
        this.checkIn = checkIn;
        this.checkout = checkout;
        this.reason = reason;
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
