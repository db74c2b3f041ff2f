package dev.bookspace.api.bookings;

import dev.bookspace.integration.MoneyJson;
import dev.bookspace.pricing.Quote;
import dev.bookspace.pricing.QuoteRequest;
import java.time.LocalDate;
import java.util.List;

/**
 * A priced stay: the lines a guest would see, stay first, and the total.
 *
 * @param lines each with its label and amount
 */
public record QuoteJson(long itemId, LocalDate checkIn, LocalDate checkout, long nights, int guests, List<LineJson> lines,
        MoneyJson total) {

    public record LineJson(String label, MoneyJson amount) {
    }

    static QuoteJson of(QuoteRequest request, Quote quote) {
        return new QuoteJson(request.itemId(), request.stay().checkIn(), request.stay().checkout(), request.stay().nights(),
                request.guests(), quote.lines().stream().map(line -> new LineJson(line.label(), MoneyJson.of(line.amount()))).toList(),
                MoneyJson.of(quote.total()));
    }
}
