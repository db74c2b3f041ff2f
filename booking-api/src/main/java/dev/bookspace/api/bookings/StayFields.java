package dev.bookspace.api.bookings;

import dev.bookspace.api.shared.JsonBody;
import dev.bookspace.booking.BookingRequest;
import dev.bookspace.catalog.AddOnChoice;
import dev.bookspace.pricing.QuoteRequest;
import dev.bookspace.shared.StayPeriod;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The fields a quote and a booking share: {@code item_id, check_in, checkout, guests, add_ons[{add_on_id, quantity}]}. */
final class StayFields {

    static final Set<String> NAMES = Set.of("item_id", "check_in", "checkout", "guests", "add_ons");
    private static final Set<String> ADD_ON = Set.of("add_on_id", "quantity");

    private StayFields() {
    }

    /** The fields of each room of a booking of several: {@code items[{item_id, guests, add_ons}]}. */
    static final Set<String> ITEM = Set.of("item_id", "guests", "add_ons");

    /** Reads them, and throws the 400 listing every problem with them or with anything else in the body. */
    static QuoteRequest read(JsonBody body) {
        Long itemId = body.number("item_id", null);
        LocalDate checkIn = body.date("check_in");
        LocalDate checkout = body.date("checkout");
        Long guests = body.number("guests", 1L);
        List<AddOnChoice> addOns = addOns(body);
        body.requireValid();
        return new QuoteRequest(itemId, StayPeriod.of(checkIn, checkout), (int) Math.min(guests, Integer.MAX_VALUE), addOns);
    }

    /**
     * Reads a booking of several rooms for one stay, {@code check_in, checkout, items[{item_id, guests, add_ons}]},
     * and throws the 400 listing every problem, as {@link #read} does. A room's fields go in its entry of
     * {@code items}, never beside them: a body that mixes the two shapes is refused rather than guessed at.
     */
    static Rooms readItems(JsonBody body) {
        for (String single : List.of("item_id", "guests", "add_ons")) {
            if (body.has(single)) {
                body.refuse(single, "goes inside each entry of items in a booking of several rooms; send one or the other.");
            }
        }
        LocalDate checkIn = body.date("check_in");
        LocalDate checkout = body.date("checkout");
        List<JsonBody> items = body.objects("items", ITEM);
        if (items.isEmpty()) {
            body.refuse("items", "must list at least one room.");
        }
        List<BookingRequest.Room> rooms = items.stream().map(item -> {
            Long itemId = item.number("item_id", null);
            Long guests = item.number("guests", 1L);
            List<AddOnChoice> addOns = addOns(item);
            return itemId == null || guests == null ? null
                    : new BookingRequest.Room(itemId, (int) Math.min(guests, Integer.MAX_VALUE), addOns);
        }).toList();
        body.requireValid();
        return new Rooms(StayPeriod.of(checkIn, checkout), rooms);
    }

    /** The stay and rooms of a booking of several rooms. */
    record Rooms(StayPeriod stay, List<BookingRequest.Room> rooms) {
    }

    private static List<AddOnChoice> addOns(JsonBody body) {
        return body.objects("add_ons", ADD_ON).stream()
                .map(addOn -> {
                    Long id = addOn.number("add_on_id", null);
                    Long quantity = addOn.number("quantity", 1L);
                    return id == null || quantity == null ? null : new AddOnChoice(id, (int) Math.min(quantity, Integer.MAX_VALUE));
                })
                .toList();
    }
}
