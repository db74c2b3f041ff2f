package dev.bookspace.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bookspace.testing.Fixtures.Item;
import dev.bookspace.testing.Fixtures.Organisation;
import dev.bookspace.testing.StripeStandIn.Delivery;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.UUID;

/** Card bookings made as a guest makes them, through the API and Stripe's signed webhook, for the tests of what follows payment. */
public final class CardBookings {

    /**
     * A paid card booking.
     *
     * @param reference the booking's reference
     * @param session the Stripe Checkout session it was paid through (refunds are made against its payment)
     * @param guestPage the guest's own page, {@code /{org}/bookings/{reference}?token=…}
     */
    public record Paid(String reference, String session, String guestPage) {
    }

    private CardBookings() {
    }

    /** Books two guests into the room through the API with the organisation's key, and has Stripe confirm the payment. */
    public static Paid paid(Fixtures fixtures, Organisation org, String apiKey, Item room, LocalDate checkIn, LocalDate checkout,
            String guestEmail) {
        return paid(fixtures, org, apiKey, room, checkIn, checkout, guestEmail, "en");
    }

    /** The same, for a guest who reads this language ({@code "fr"}). */
    public static Paid paid(Fixtures fixtures, Organisation org, String apiKey, Item room, LocalDate checkIn, LocalDate checkout,
            String guestEmail, String language) {
        String body = Json.createObjectBuilder().add("item_id", room.id()).add("check_in", checkIn.toString())
                .add("checkout", checkout.toString()).add("guests", 2).add("language", language)
                .add("guest", Json.createObjectBuilder().add("name", "Ada Lovelace").add("email", guestEmail)
                        .add("phone", "+351 912 345 678").add("terms_accepted", true))
                .build().toString();
        Pages.Answer booked = Pages.post("/api/v3/organisations/" + org.id() + "/bookings", "application/json", body,
                "Authorization", "Bearer " + apiKey, "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        JsonObject booking;
        try (JsonReader reader = Json.createReader(new StringReader(booked.body()))) {
            booking = reader.readObject();
        }
        String session = booking.getString("checkout_url").replaceAll(".*/pay/", "");
        Delivery paid = StripeStandIn.event(StripeStandIn.newEventId(), "checkout.session.completed", session);
        assertThat(Pages.post("/api/v3/organisations/" + org.id() + "/stripe-webhooks", "application/json; charset=utf-8",
                paid.payload(), "Stripe-Signature", paid.signature()).status()).isEqualTo(200);
        String reference = booking.getString("reference");
        return new Paid(reference, session, "/" + org.identifier() + "/bookings/" + reference + "?token="
                + fixtures.bookingColumn(org, reference, "access_token"));
    }
}
