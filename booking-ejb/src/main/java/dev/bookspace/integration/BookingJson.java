package dev.bookspace.integration;

import dev.bookspace.booking.BookingDetail;
import dev.bookspace.booking.BookingRow;
import dev.bookspace.shared.Money;
import dev.bookspace.shared.StayPeriod;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A booking as the API and its webhooks show it.
 *
 * @param reference the booking's id in every path, such as {@code H-7KQ2M9}
 * @param status {@code unpaid}, {@code paid}, {@code complete}, {@code cancelled} or {@code expired}
 * @param paymentMethod {@code stripe}, {@code pay_on_arrival} or {@code at_desk}
 * @param holdExpiresAt until when an unpaid card booking holds its room
 * @param lines the price as the booking was priced when made, nights grouped by rate, taxes and fees
 * @param refunded what has been refunded so far: after a cancellation by the API, the refund its policy made
 * @param cancellationPolicy the booking's own copy of the cancellation policy in plain words; empty for none
 * @param cancellationRefund what {@code POST …/cancel} would refund today by that copy
 * @param amountPaid what came in, refunds not taken off
 * @param balanceDue what is still to pay
 * @param balanceDueOn by when, or null (nothing due, or a card hold due now)
 * @param checkoutUrl where the guest pays, for a card booking just made
 * @param language the language the guest reads and is mailed in: {@code en}, {@code de}, {@code fr} or {@code pt}
 * @param items every room the booking holds, the first of which {@code itemId}, {@code itemTitle}, {@code checkIn}
 *     and {@code checkout} name, as they did before bookings held several rooms
 */
public record BookingJson(String reference, String status, String paymentMethod, long itemId, String itemTitle,
        LocalDate checkIn, LocalDate checkout, int guests, GuestJson guest, List<PriceLineJson> lines, MoneyJson total,
        MoneyJson refundable, MoneyJson refunded, List<String> cancellationPolicy, MoneyJson cancellationRefund,
        MoneyJson amountPaid, MoneyJson balanceDue, LocalDate balanceDueOn,
        OffsetDateTime holdExpiresAt, OffsetDateTime createdAt, String checkoutUrl, String language, List<ItemJson> items) {

    /**
     * A room of the booking: its stay, how many stay in it, what its nights cost (less any discount), and which of the
     * room's identical units it takes (from 1; always 1 in a room of one unit) and what staff call that unit ("101";
     * its number where they gave it no name).
     */
    public record ItemJson(long itemId, String itemTitle, LocalDate checkIn, LocalDate checkout, int guests, MoneyJson price,
            int unit, String unitName) {

        static ItemJson of(BookingDetail.Room room) {
            return new ItemJson(room.itemId(), room.title(), room.stay().checkIn(), room.stay().checkout(), room.guests(),
                    MoneyJson.of(room.price()), room.unit(), room.unitName());
        }

        /** A room as the bookings list reads it, with the stay its booking's rooms share. */
        public static ItemJson of(BookingRow.Room room, StayPeriod stay) {
            return new ItemJson(room.itemId(), room.title(), stay.checkIn(), stay.checkout(), room.guests(),
                    MoneyJson.of(room.price()), room.unit(), room.unitName());
        }
    }

    public record GuestJson(String name, String email, String phone, String notes) {
    }

    public static BookingJson of(BookingDetail booking, String checkoutUrl) {
        BookingDetail.Room room = booking.rooms().get(0);
        return new BookingJson(booking.reference(), booking.status().code(), booking.paymentMethod().code(), room.itemId(),
                room.title(), room.stay().checkIn(), room.stay().checkout(), booking.guests(),
                new GuestJson(booking.guestName(), booking.guestEmail(), booking.guestPhone(), booking.notes()),
                booking.lines().stream().map(PriceLineJson::of).toList(), MoneyJson.of(booking.total()),
                MoneyJson.of(booking.refundable()),
                MoneyJson.of(Money.of(booking.payments().stream().filter(BookingDetail.Payment::refund)
                        .mapToLong(payment -> payment.amount().minor()).sum(), booking.total().currencyCode())),
                booking.cancellationPolicy(), MoneyJson.of(booking.policyRefund()),
                MoneyJson.of(booking.payment().amountPaid()), MoneyJson.of(booking.payment().balanceDue()),
                booking.payment().balanceDueOn(),
                booking.holdExpiresAt(),
                booking.createdAt(), checkoutUrl, booking.language().code(),
                booking.rooms().stream().map(ItemJson::of).toList());
    }
}
