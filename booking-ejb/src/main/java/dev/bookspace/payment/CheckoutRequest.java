package dev.bookspace.payment;

import dev.bookspace.shared.Money;
import java.time.OffsetDateTime;

/**
 * What to charge a guest through Stripe Checkout.
 *
 * @param reference the booking reference, shown to the guest and kept on the session
 * @param description what is paid for
 * @param amount the total, from the one pricing component
 * @param customerEmail the guest's address, prefilled on Stripe's page
 * @param successUrl where Stripe sends the guest after paying
 * @param cancelUrl where Stripe sends the guest who turns back
 * @param expiresAt when the session ends, with the hold
 */
public record CheckoutRequest(String reference, String description, Money amount, String customerEmail,
        String successUrl, String cancelUrl, OffsetDateTime expiresAt) {
}
