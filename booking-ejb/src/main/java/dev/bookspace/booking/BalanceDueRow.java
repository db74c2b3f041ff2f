package dev.bookspace.booking;

import dev.bookspace.shared.Money;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * A deposit booking whose balance is still to pay, as the dashboard lists them.
 *
 * @param dueOn the day the balance falls due
 * @param overdue whether that day has passed in the organisation's time zone
 * @param linkMailed whether the guest has been mailed the link that pays it
 */
public record BalanceDueRow(String reference, String guestName, String roomTitle, LocalDate checkIn, Money deposit,
        Money balanceDue, LocalDate dueOn, boolean overdue, boolean linkMailed) implements Serializable {
}
