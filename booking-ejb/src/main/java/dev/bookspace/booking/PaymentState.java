package dev.bookspace.booking;

import dev.bookspace.shared.Money;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * What of a booking is paid and what is due, the same on the guest's page, the dashboard, the e-mails and the API.
 *
 * @param amountPaid what came in, refunds not taken off
 * @param balanceDue what is still to pay; nothing once paid in full, cancelled or over
 * @param balanceDueOn by when: a deposit booking's balance day, or check-in for a booking paid on arrival; null when
 *        nothing is due, or for a card hold, due now
 * @param deposit the deposit paid, or due, at booking; null when the whole amount was
 * @param depositRule the deposit rule the booking was made under, in words ("30 % of the total"); null for none
 */
public record PaymentState(Money amountPaid, Money balanceDue, LocalDate balanceDueOn, Money deposit, String depositRule)
        implements Serializable {

    static PaymentState of(Booking booking) {
        return new PaymentState(Money.of(booking.amountPaidMinor(), booking.total().currencyCode()), booking.balanceDue(),
                booking.balanceDueOn().orElse(null), booking.deposit().orElse(null),
                booking.depositRule().map(rule -> rule.sentence()).orElse(null));
    }

    /** A deposit booking whose deposit is paid and whose balance is not yet. */
    public boolean partlyPaid() {
        return deposit != null && amountPaid.minor() > 0 && balanceDue.minor() > 0;
    }

    /** "Deposit €72.00 paid now, €168.00 due by 2027-07-03": a deposit booking's money in one sentence. */
    public String depositSentence() {
        return "Deposit " + deposit.formatted() + " paid now, " + balanceDue.formatted() + " due by " + balanceDueOn + ".";
    }
}
