package dev.bookspace.payment;

import dev.bookspace.shared.Money;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What to charge a guest through Stripe Checkout.
 *
 * @param reference the booking reference, shown to the guest and kept on the session
 * @param lines what is paid for, a line each (a room each of a booking of several rooms), priced by the one pricing
 *     component; the guest pays their sum
 * @param customerEmail the guest's address, prefilled on Stripe's page
 * @param successUrl where Stripe sends the guest after paying
 * @param cancelUrl where Stripe sends the guest who turns back
 * @param expiresAt when the session ends, with the hold
 */
public record CheckoutRequest(String reference, List<Line> lines, String customerEmail,
        String successUrl, String cancelUrl, OffsetDateTime expiresAt) {

    /** One line of Stripe's page: what it is for, and its amount. */
    public record Line(String description, Money amount) {

        public Line {
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(amount, "amount");
        }
    }

    public CheckoutRequest {
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("A Checkout session charges for something");
        }
    }

    /** A charge of one line. */
    public CheckoutRequest(String reference, String description, Money amount, String customerEmail,
            String successUrl, String cancelUrl, OffsetDateTime expiresAt) {
        this(reference, List.of(new Line(description, amount)), customerEmail, successUrl, cancelUrl, expiresAt);
    }

    /** What the guest pays. */
    public Money amount() {
        return lines.stream().map(Line::amount).reduce(Money::plus).orElseThrow();
    }
}
