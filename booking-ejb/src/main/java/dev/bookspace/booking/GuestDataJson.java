package dev.bookspace.booking;

import dev.bookspace.shared.Money;
import jakarta.json.Json;
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

    private static final JsonWriterFactory PRETTY = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

    private GuestDataJson() {
    }

    static String of(String organisation, String email, List<BookingDetail> bookings, OffsetDateTime exportedAt) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        bookings.forEach(booking -> list.add(booking(booking)));
        JsonObject document = Json.createObjectBuilder()
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
        JsonArrayBuilder rooms = Json.createArrayBuilder();
        booking.rooms().forEach(room -> rooms.add(Json.createObjectBuilder().add("room", room.title())
                .add("check_in", room.stay().checkIn().toString()).add("checkout", room.stay().checkout().toString())
                .add("price", money(room.price()))));
        JsonArrayBuilder addOns = Json.createArrayBuilder();
        booking.addOns().forEach(addOn -> addOns.add(Json.createObjectBuilder().add("name", addOn.name())
                .add("quantity", addOn.quantity()).add("amount", money(addOn.amount()))));
        JsonArrayBuilder payments = Json.createArrayBuilder();
        booking.payments().forEach(payment -> payments.add(Json.createObjectBuilder()
                .add("kind", payment.refund() ? "refund" : "payment").add("method", payment.method().code())
                .add("amount", money(payment.amount())).add("recorded_at", payment.recordedAt().toString())));
        JsonArrayBuilder history = Json.createArrayBuilder();
        booking.history().forEach(event -> history.add(Json.createObjectBuilder()
                .add("at", event.happenedAt().toString()).add("by", event.actor()).add("what", event.description())));
        return Json.createObjectBuilder()
                .add("reference", booking.reference())
                .add("status", booking.status().code())
                .add("created_at", booking.createdAt().toString())
                .add("guest", Json.createObjectBuilder().add("name", booking.guestName()).add("email", booking.guestEmail())
                        .add("phone", booking.guestPhone()).add("notes", booking.notes()))
                .add("guests", booking.guests())
                .add("rooms", rooms)
                .add("add_ons", addOns)
                .add("total", money(booking.total()))
                .add("payments", payments)
                .add("history", history);
    }

    private static JsonObjectBuilder money(Money money) {
        return Json.createObjectBuilder().add("amount_minor", money.minor()).add("currency", money.currencyCode());
    }
}
