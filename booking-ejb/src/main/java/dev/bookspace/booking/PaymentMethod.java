package dev.bookspace.booking;

import java.util.Locale;

/** How a booking is paid: by card through Stripe Checkout, or on arrival. Stored in lower case. */
public enum PaymentMethod {
    STRIPE,
    PAY_ON_ARRIVAL;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PaymentMethod fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
