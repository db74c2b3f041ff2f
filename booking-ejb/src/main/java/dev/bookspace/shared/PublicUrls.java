package dev.bookspace.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Absolute addresses of the public pages, for links that leave the application: e-mails and
 * Stripe's return URLs. The base comes from {@code BOOKING_PUBLIC_URL} ({@code booking.public-url}).
 */
@ApplicationScoped
public class PublicUrls {

    @Inject
    @ConfigProperty(name = "booking.public-url", defaultValue = "http://localhost:8080")
    String base;

    /** The absolute URL of a path such as {@code /demo/bookings/BK-…?token=…}. */
    public String of(String path) {
        return base.replaceAll("/+$", "") + path;
    }
}
