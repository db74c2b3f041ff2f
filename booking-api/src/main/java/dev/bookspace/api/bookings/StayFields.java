package dev.bookspace.api.bookings;

import dev.bookspace.api.shared.JsonBody;
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

    /** Reads them, and throws the 400 listing every problem with them or with anything else in the body. */
    static QuoteRequest read(JsonBody body) {
        Long itemId = body.number("item_id", null);
        LocalDate checkIn = body.date("check_in");
        LocalDate checkout = body.date("checkout");
        Long guests = body.number("guests", 1L);
        List<AddOnChoice> addOns = body.objects("add_ons", ADD_ON).stream()
                .map(addOn -> {
                    Long id = addOn.number("add_on_id", null);
                    Long quantity = addOn.number("quantity", 1L);
                    return id == null || quantity == null ? null : new AddOnChoice(id, (int) Math.min(quantity, Integer.MAX_VALUE));
                })
                .toList();
        body.requireValid();
        return new QuoteRequest(itemId, StayPeriod.of(checkIn, checkout), (int) Math.min(guests, Integer.MAX_VALUE), addOns);
    }
}
