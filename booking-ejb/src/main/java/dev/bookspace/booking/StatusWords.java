package dev.bookspace.booking;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a booking stands, in the one vocabulary that the bookings list, the booking page, the calendar, the guest's
 * page, the guest data, the e-mails and the CSV export all use, so that a guest and staff never read two names for
 * one thing. The codes ({@link BookingStatus#code()}) stay for the API, the database and the filter's parameter.
 *
 * @param kind the standing, which also names its colour on the calendar
 * @param brief the words where room is short (list, calendar legend, CSV): "Deposit paid"
 * @param full the same words, with what a reader needs next where there is room (booking pages, e-mails, calendar
 *        tooltips): "Deposit paid · €240.00 due by 12 Jan"
 */
public record StatusWords(Kind kind, String brief, String full) implements Serializable {

    /** The standings a booking can be in, each in its words. */
    public enum Kind {
        /** Held for a card payment that has not come yet. */
        AWAITING_PAYMENT("Awaiting payment"),
        /** Confirmed, and paid when the guest comes: on arrival or at the desk. */
        PAY_ON_ARRIVAL("Pay on arrival"),
        /** Confirmed with its deposit; the balance is still to pay. */
        DEPOSIT_PAID("Deposit paid"),
        PAID("Paid"),
        COMPLETED("Completed"),
        CANCELLED("Cancelled"),
        /** The hold's payment never came. */
        EXPIRED("Expired");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }

        /** "deposit-paid": a style class's or a data attribute's name. */
        public String cssName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** The standings of the stays the calendar shows: those that occupy a room. */
    public static final List<Kind> ON_THE_CALENDAR = List.copyOf(
            EnumSet.of(Kind.AWAITING_PAYMENT, Kind.PAY_ON_ARRIVAL, Kind.DEPOSIT_PAID, Kind.PAID, Kind.COMPLETED));

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.UK);
    private static final DateTimeFormatter DAY_OF_ANOTHER_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    public StatusWords {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(brief, "brief");
        Objects.requireNonNull(full, "full");
    }

    static StatusWords of(Booking booking, ZoneId zone, LocalDate today) {
        return of(booking.getStatus(), booking.getPaymentMethod(), booking.getHoldExpiresAt(), PaymentState.of(booking),
                zone, today);
    }

    /**
     * @param holdExpiresAt until when an unpaid card booking is held; null for one paid on arrival, or for a card
     *        payment that is clearing at the bank
     * @param zone the organisation's time zone, in which a hold's end is told
     * @param today the organisation's date, on which a hold's end needs no date
     */
    public static StatusWords of(BookingStatus status, PaymentMethod method, OffsetDateTime holdExpiresAt,
            PaymentState payment, ZoneId zone, LocalDate today) {
        return switch (status) {
            // A hold is what expires; a card payment clearing at the bank no longer does, but is not in yet either.
            case UNPAID -> holdExpiresAt != null
                    ? same(Kind.AWAITING_PAYMENT, "held until " + until(holdExpiresAt.atZoneSameInstant(zone), today))
                    : method == PaymentMethod.STRIPE ? same(Kind.AWAITING_PAYMENT, "clearing at the bank")
                    : same(Kind.PAY_ON_ARRIVAL);
            case PAID -> payment != null && payment.partlyPaid()
                    ? new StatusWords(Kind.DEPOSIT_PAID, Kind.DEPOSIT_PAID.words(), Kind.DEPOSIT_PAID.words() + " · "
                            + payment.balanceDue().formatted() + (payment.balanceDueOn() == null ? " due"
                                    : " due by " + day(payment.balanceDueOn(), today)))
                    : same(Kind.PAID);
            case COMPLETE -> same(Kind.COMPLETED);
            case CANCELLED -> same(Kind.CANCELLED);
            case EXPIRED -> same(Kind.EXPIRED);
        };
    }

    /**
     * The words of a status as the filter of the bookings list offers it: one status, which may stand in two ways
     * ("Awaiting payment or pay on arrival"), in the words its bookings read.
     */
    public static String filterLabel(BookingStatus status) {
        return switch (status) {
            case UNPAID -> Kind.AWAITING_PAYMENT.words() + " or " + lowerFirst(Kind.PAY_ON_ARRIVAL.words());
            case PAID -> Kind.PAID.words() + " or " + lowerFirst(Kind.DEPOSIT_PAID.words());
            case COMPLETE -> Kind.COMPLETED.words();
            case CANCELLED -> Kind.CANCELLED.words();
            case EXPIRED -> Kind.EXPIRED.words();
        };
    }

    private static StatusWords same(Kind kind) {
        return new StatusWords(kind, kind.words(), kind.words());
    }

    /** "Awaiting payment (held until 14:30)": short enough for every place, so the same in all. */
    private static StatusWords same(Kind kind, String aside) {
        String words = kind.words() + " (" + aside + ")";
        return new StatusWords(kind, words, words);
    }

    /** "14:30" today, "14:30 on 12 Jan" another day. */
    private static String until(ZonedDateTime end, LocalDate today) {
        return TIME.format(end) + (end.toLocalDate().equals(today) ? "" : " on " + day(end.toLocalDate(), today));
    }

    /** "12 Jan", with the year only when it is not this one's. */
    private static String day(LocalDate day, LocalDate today) {
        return (day.getYear() == today.getYear() ? DAY : DAY_OF_ANOTHER_YEAR).format(day);
    }

    private static String lowerFirst(String words) {
        return Character.toLowerCase(words.charAt(0)) + words.substring(1);
    }
}
