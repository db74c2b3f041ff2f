package dev.bookspace.booking;

import dev.bookspace.organisation.CancellationPolicy;
import dev.bookspace.organisation.Organisation;
import dev.bookspace.organisation.PropertyDetails;
import dev.bookspace.pricing.PricedAddOn;
import dev.bookspace.pricing.Pricing;
import dev.bookspace.pricing.QuoteLine;
import dev.bookspace.shared.Language;
import dev.bookspace.shared.Money;
import dev.bookspace.shared.StayPeriod;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * A booking as its guest sees it, on the booking page and in the confirmation e-mail.
 *
 * @param organisationName who the guest booked with
 * @param reference the booking's reference
 * @param status where it stands
 * @param paymentMethod by card or on arrival
 * @param roomTitle the item booked
 * @param stay the nights
 * @param guests how many stay
 * @param guestName who booked
 * @param lines the price breakdown, stay first
 * @param total what the guest pays
 * @param holdExpiresAt until when an unpaid card booking is held, or null
 * @param pagePath the guest's own page, {@code /{org}/bookings/{reference}?token=…}
 * @param cancellationPolicy the booking's own copy of the policy in plain words; empty when made without one
 * @param canCancel whether the guest may cancel it themself today
 * @param cancellationRefund what cancelling today refunds, by the booking's copy of the policy
 * @param refunded what has been refunded so far
 * @param property where the property is, how to reach it, and its hours: the booked room's own where it has them
 * @param payment what was paid, what is still due and by when
 * @param words where it stands, in the words the guest reads everywhere (English, as the pages and staff read it)
 * @param language the language its guest reads, and their e-mails are written in
 * @param ownWords where it stands, in the guest's language
 * @param roomId the item booked, whose title in the guest's language their mails give
 * @param ownCancellationPolicy the booking's copy of the policy in the guest's language
 * @param staffLanguage the organisation's default language, in which its staff are mailed about the booking
 * @param staffWords where it stands, in the staff's language
 * @param canChange whether the guest may change its dates or room themself today: while cancelling would be free
 * @param rooms every room booked, the first of which {@code roomTitle} and {@code roomId} name
 */
public record GuestBooking(String organisationName, String reference, BookingStatus status, PaymentMethod paymentMethod,
        String roomTitle, StayPeriod stay, int guests, String guestName, List<QuoteLine> lines, Money total,
        OffsetDateTime holdExpiresAt, String pagePath, List<String> cancellationPolicy, boolean canCancel,
        Money cancellationRefund, Money refunded, PaymentState payment, PropertyDetails property, StatusWords words,
        Language language, StatusWords ownWords, long roomId, List<String> ownCancellationPolicy, Language staffLanguage,
        StatusWords staffWords, boolean canChange, List<Room> rooms) implements Serializable {

    /** A room of the booking, and how many stay in it. */
    public record Room(long itemId, String title, int guests) implements Serializable {
    }

    public GuestBooking {
        cancellationPolicy = List.copyOf(cancellationPolicy);
        ownCancellationPolicy = List.copyOf(ownCancellationPolicy);
        rooms = List.copyOf(rooms);
    }

    static GuestBooking of(Organisation organisation, Booking booking) {
        BookingItem stay = booking.getItems().get(0);
        LocalDate today = organisation.today(Clock.systemUTC());
        long refunded = booking.getPayments().stream().filter(BookingPayment::isRefund)
                .mapToLong(payment -> payment.amount().minor()).sum();
        return new GuestBooking(organisation.getName(), booking.getReference(), booking.getStatus(),
                booking.getPaymentMethod(), stay.getItem().getTitle(), stay.getStay(), booking.getGuests(),
                booking.getGuestName(), lines(booking), booking.total(), booking.getHoldExpiresAt(),
                pagePath(organisation, booking),
                booking.cancellationPolicy().map(CancellationPolicy::sentences).orElse(List.of()),
                booking.guestMayCancel(today), booking.policyRefund(today),
                Money.of(refunded, booking.total().currencyCode()), PaymentState.of(booking),
                stay.getItem().facts().hoursOf(organisation.propertyDetails()), StatusWords.of(booking, organisation.zone(), today), booking.getLanguage(),
                StatusWords.of(booking, organisation.zone(), today, booking.getLanguage()), stay.getItem().getId(),
                booking.cancellationPolicy().map(policy -> policy.sentences(booking.getLanguage())).orElse(List.of()),
                organisation.defaultLanguage(), StatusWords.of(booking, organisation.zone(), today, organisation.defaultLanguage()),
                booking.guestMayChange(today), booking.getItems().stream().map(item -> new Room(item.getItem().getId(), item.getItem().getTitle(),
                        item.guests())).toList());
    }

    /**
     * The lines the booking kept when it was made. A booking made before bookings kept them was priced
     * at its room's one nightly price: its lines are priced again from its stored stay and add-on
     * amounts, with the one {@link Pricing}, as they were then.
     */
    static List<QuoteLine> lines(Booking booking) {
        List<QuoteLine> kept = booking.priceLines();
        if (!kept.isEmpty()) {
            return kept;
        }
        Currency currency = booking.total().currency();
        BookingItem stay = booking.getItems().get(0);
        Money nightly = new Money(stay.price().minor() / stay.getStay().nights(), currency);
        List<PricedAddOn> addOns = booking.getAddOns().stream()
                .map(addOn -> new PricedAddOn(addOn.getName(), new Money(addOn.getUnitPriceMinor(), currency),
                        addOn.getPricing(), addOn.getQuantity()))
                .toList();
        return Pricing.quote(nightly, stay.getStay(), booking.getGuests(), addOns).lines();
    }

    static String pagePath(Organisation organisation, Booking booking) {
        return "/" + organisation.getIdentifier() + "/bookings/" + booking.getReference() + "?token=" + booking.getAccessToken();
    }

    /** The stay as a calendar file for the guest's own calendar, beside the booking page. */
    public String calendarPath() {
        int query = pagePath.indexOf('?');
        return pagePath.substring(0, query) + "/stay.ics" + pagePath.substring(query);
    }

    /** A card booking with money still to pay now: the difference of a change that made its stay dearer. */
    public boolean differenceDue() {
        return status == BookingStatus.PAID && paymentMethod == PaymentMethod.STRIPE && payment.deposit() == null
                && payment.balanceDue().minor() > 0;
    }

    /** Every room's title, for staff's mails: "Sea Room", or "Sea Room + Garden Room". */
    public String roomTitles() {
        return roomTitles(Map.of());
    }

    /** Every room's title as a reader of another language reads it: the title staff gave, by room id, else its own. */
    public String roomTitles(Map<Long, String> given) {
        return String.join(" + ", rooms.stream().map(room -> given.getOrDefault(room.itemId(), room.title())).toList());
    }

    /** Confirmed: paid, or taken to be paid on arrival. */
    public boolean confirmed() {
        return status == BookingStatus.PAID || status == BookingStatus.COMPLETE
                || (status == BookingStatus.UNPAID && paymentMethod == PaymentMethod.PAY_ON_ARRIVAL);
    }
}
