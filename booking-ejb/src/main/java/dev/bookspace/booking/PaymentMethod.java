package dev.bookspace.booking;

import java.util.Locale;

/** How a booking is paid: by card through Stripe Checkout, on arrival, or at the desk when staff take it. Stored in lower case. */
public enum PaymentMethod {
    STRIPE,
    PAY_ON_ARRIVAL,
    /** Staff took the booking and its payment in person. */
    AT_DESK;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PaymentMethod fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
