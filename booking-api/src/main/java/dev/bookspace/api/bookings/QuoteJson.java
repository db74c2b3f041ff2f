package dev.bookspace.api.bookings;

import dev.bookspace.integration.MoneyJson;
import dev.bookspace.integration.PriceLineJson;
import dev.bookspace.pricing.Quote;
import dev.bookspace.pricing.QuoteRequest;
import java.time.LocalDate;
import java.util.List;

/**
 * A priced stay: the lines a guest would see (nights grouped by rate, any discount, add-ons, fees,
 * taxes), and the total.
 *
 * @param lines each with its kind, label and amount
 */
public record QuoteJson(long itemId, LocalDate checkIn, LocalDate checkout, long nights, int guests, List<PriceLineJson> lines,
        MoneyJson total) {

    static QuoteJson of(QuoteRequest request, Quote quote) {
        return new QuoteJson(request.itemId(), request.stay().checkIn(), request.stay().checkout(), request.stay().nights(),
                request.guests(), quote.lines().stream().map(PriceLineJson::of).toList(), MoneyJson.of(quote.total()));
    }
}
