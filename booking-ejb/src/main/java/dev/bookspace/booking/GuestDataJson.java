package dev.bookspace.booking;

import static dev.bookspace.shared.SharedJson.PROVIDER;

import dev.bookspace.shared.Money;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * Everything an organisation holds about one guest, as the JSON document they are given when they ask
 * for it: each booking with the guest's details, rooms, add-ons, money and history, in the API's style
 * (snake_case, ISO dates, money in minor units).
 */
final class GuestDataJson {

    private static final JsonWriterFactory PRETTY = PROVIDER.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

    private GuestDataJson() {
    }

    static String of(String organisation, String email, List<BookingDetail> bookings, OffsetDateTime exportedAt) {
        JsonArrayBuilder list = PROVIDER.createArrayBuilder();
        bookings.forEach(booking -> list.add(booking(booking)));
        JsonObject document = PROVIDER.createObjectBuilder()
                .add("organisation", organisation)
                .add("email", email)
                .add("exported_at", exportedAt.toString())
                .add("bookings", list)
                .build();
        StringWriter text = new StringWriter();
        PRETTY.createWriter(text).write(document);
        return text.toString();
    }

    private static JsonObjectBuilder booking(BookingDetail booking) {
        JsonArrayBuilder rooms = PROVIDER.createArrayBuilder();
        booking.rooms().forEach(room -> rooms.add(PROVIDER.createObjectBuilder().add("room", room.title())
                .add("check_in", room.stay().checkIn().toString()).add("checkout", room.stay().checkout().toString())
                .add("price", money(room.price()))));
        JsonArrayBuilder addOns = PROVIDER.createArrayBuilder();
        booking.addOns().forEach(addOn -> addOns.add(PROVIDER.createObjectBuilder().add("name", addOn.name())
                .add("quantity", addOn.quantity()).add("amount", money(addOn.amount()))));
        JsonArrayBuilder payments = PROVIDER.createArrayBuilder();
        booking.payments().forEach(payment -> payments.add(PROVIDER.createObjectBuilder()
                .add("kind", payment.refund() ? "refund" : "payment").add("method", payment.method().code())
                .add("amount", money(payment.amount())).add("recorded_at", payment.recordedAt().toString())));
        JsonArrayBuilder history = PROVIDER.createArrayBuilder();
        booking.history().forEach(event -> history.add(PROVIDER.createObjectBuilder()
                .add("at", event.happenedAt().toString()).add("by", event.actor()).add("what", event.description())));
        return PROVIDER.createObjectBuilder()
                .add("reference", booking.reference())
                .add("status", booking.status().code())
                .add("created_at", booking.createdAt().toString())
                .add("guest", PROVIDER.createObjectBuilder().add("name", booking.guestName()).add("email", booking.guestEmail())
                        .add("phone", booking.guestPhone()).add("notes", booking.notes()))
                .add("guests", booking.guests())
                .add("rooms", rooms)
                .add("add_ons", addOns)
                .add("total", money(booking.total()))
                .add("payments", payments)
                .add("history", history);
    }

    private static JsonObjectBuilder money(Money money) {
        return PROVIDER.createObjectBuilder().add("amount_minor", money.minor()).add("currency", money.currencyCode());
    }
}
