package dev.bookspace.api.bookings;

import dev.bookspace.booking.BookingPage;
import dev.bookspace.booking.BookingRow;
import dev.bookspace.integration.BookingJson;
import dev.bookspace.integration.MoneyJson;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A page of bookings, oldest first.
 *
 * @param nextCursor pass as {@code cursor} for the next page; absent on the last page
 */
public record BookingListJson(List<Summary> bookings, String nextCursor) {

    /**
     * One booking, however many rooms it holds.
     *
     * @param itemTitle its first room, as before bookings held several
     * @param total what the whole booking costs, every room together
     * @param items every room, as {@code POST …/bookings} answers them
     */
    public record Summary(String reference, String status, String itemTitle, LocalDate checkIn, LocalDate checkout,
            String guestName, String guestEmail, MoneyJson total, OffsetDateTime createdAt, List<BookingJson.ItemJson> items) {

        static Summary of(BookingRow row) {
            return new Summary(row.reference(), row.status().code(), row.rooms().get(0).title(), row.stay().checkIn(),
                    row.stay().checkout(), row.guestName(), row.guestEmail(), MoneyJson.of(row.total()), row.createdAt(),
                    row.rooms().stream().map(room -> BookingJson.ItemJson.of(room, row.stay())).toList());
        }
    }

    static BookingListJson of(BookingPage page) {
        return new BookingListJson(page.rows().stream().map(Summary::of).toList(), page.next());
    }
}
