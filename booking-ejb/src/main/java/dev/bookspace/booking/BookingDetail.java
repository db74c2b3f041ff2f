package dev.bookspace.booking;

import dev.bookspace.organisation.CancellationPolicy;
import dev.bookspace.organisation.Organisation;
import dev.bookspace.pricing.QuoteLine;
import dev.bookspace.shared.Language;
import dev.bookspace.shared.Money;
import dev.bookspace.shared.StayPeriod;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A booking as staff see it on its page: guest, rooms, add-ons, its price lines as the guest was shown
 * them, money and history, and which of the actions its status allows.
 *
 * <p>{@code cancellationPolicy} is the booking's own copy of the policy in plain words (empty when it was made
 * without one), and {@code policyRefund} what that copy refunds of a card payment if cancelled today.
 * {@code canMarkBalancePaid}: a deposit booking whose balance staff may take at the desk. {@code words}: where it
 * stands, in the words people read. {@code canChangeStay}: staff may move it to other nights or another room.
 */
public record BookingDetail(String reference, BookingStatus status, PaymentMethod paymentMethod, String guestName,
        String guestEmail, String guestPhone, String notes, int guests, OffsetDateTime createdAt,
        OffsetDateTime holdExpiresAt, List<Room> rooms, List<AddOnLine> addOns, List<QuoteLine> lines, Money total, List<Payment> payments,
        Money refundable, List<Event> history, boolean canMarkPaid, boolean canComplete, boolean canCancel,
        boolean refundsThroughStripe, List<String> cancellationPolicy, Money policyRefund, PaymentState payment,
        boolean canMarkBalancePaid, StatusWords words, Language language, boolean canChangeStay) implements Serializable {

    /**
     * A room of the booking: its stay, how many stay in it, what its nights cost, which of the room's units it takes
     * and what staff call it ("101"), and how many units the room has (staff may move the stay to another) and
     * what each is called, by number from 1.
     */
    public record Room(long itemId, String title, StayPeriod stay, int guests, Money price, int unit, String unitName,
            int units, List<String> unitNames) implements Serializable {

        /**
         * What staff call the room's unit of this number: one of its units now, or the one this stay takes, which
         * may be past a count lowered since (a past stay keeps its unit).
         */
        public String nameOf(int number) {
            return number == unit ? unitName : unitNames.get(number - 1);
        }
    }

    public record AddOnLine(String name, int quantity, Money amount) implements Serializable {
    }

    public record Payment(OffsetDateTime recordedAt, boolean refund, PaymentMethod method, Money amount, String stripeId)
            implements Serializable {
    }

    public record Event(OffsetDateTime happenedAt, String actor, String description) implements Serializable {
    }

    /** The booking as of today at the organisation: what its policy refunds today, and its words. */
    static BookingDetail of(Booking booking, Organisation organisation, Clock clock) {
        LocalDate today = organisation.today(clock);
        String currency = booking.total().currencyCode();
        boolean stayBegun = booking.getItems().stream().noneMatch(item -> item.getStay().checkIn().isAfter(today));
        BookingStatus status = booking.getStatus();
        return new BookingDetail(booking.getReference(), status, booking.getPaymentMethod(), booking.getGuestName(),
                booking.getGuestEmail(), booking.getGuestPhone(), booking.getNotes(), booking.getGuests(),
                booking.getCreatedAt(), booking.getHoldExpiresAt(),
                booking.getItems().stream().map(item -> new Room(item.getItem().getId(), item.getItem().getTitle(),
                        item.getStay(), item.guests(), item.price(), item.getUnit(), item.getItem().unitName(item.getUnit()),
                        item.getItem().getUnits(), List.copyOf(item.getItem().unitNames()))).toList(),
                booking.getAddOns().stream().map(addOn -> new AddOnLine(addOn.getName(), addOn.getQuantity(),
                        Money.of(addOn.getAmountMinor(), currency))).toList(),
                GuestBooking.lines(booking),
                booking.total(),
                booking.getPayments().stream().map(payment -> new Payment(payment.getRecordedAt(), payment.isRefund(),
                        payment.getMethod(), payment.amount(), payment.getStripeId())).toList(),
                Money.of(booking.refundableMinor(), currency),
                booking.getHistory().stream().map(event -> new Event(event.getHappenedAt(), event.getActor(),
                        event.getDescription())).toList(),
                status == BookingStatus.UNPAID && booking.getPaymentMethod() != PaymentMethod.STRIPE,
                status == BookingStatus.PAID && stayBegun,
                status == BookingStatus.UNPAID || status == BookingStatus.PAID,
                booking.getStripeSessionId() != null && booking.refundableMinor() > 0,
                booking.cancellationPolicy().map(CancellationPolicy::sentences).orElse(List.of()),
                booking.policyRefund(today),
                PaymentState.of(booking),
                status == BookingStatus.PAID && booking.deposit().isPresent() && booking.balanceDue().minor() > 0,
                StatusWords.of(booking, organisation.zone(), today), booking.getLanguage(), booking.staffMayChange());
    }
}
