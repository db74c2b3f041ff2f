package dev.bookspace.booking;

import dev.bookspace.shared.Language;
import dev.bookspace.shared.Wording;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
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
        AWAITING_PAYMENT,
        /** Confirmed, and paid when the guest comes: on arrival or at the desk. */
        PAY_ON_ARRIVAL,
        /** Confirmed with its deposit; the balance is still to pay. */
        DEPOSIT_PAID,
        PAID,
        COMPLETED,
        CANCELLED,
        /** The hold's payment never came. */
        EXPIRED;

        /** "Deposit paid", in English. */
        public String words() {
            return words(Language.ENGLISH);
        }

        /** "Anzahlung bezahlt": the standing in this language. */
        public String words(Language language) {
            return wording(language).text("kind." + name());
        }

        /** "deposit-paid": a style class's or a data attribute's name. */
        public String cssName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** The standings of the stays the calendar shows: those that occupy a room. */
    public static final List<Kind> ON_THE_CALENDAR = List.copyOf(
            EnumSet.of(Kind.AWAITING_PAYMENT, Kind.PAY_ON_ARRIVAL, Kind.DEPOSIT_PAID, Kind.PAID, Kind.COMPLETED));

    private static final String BUNDLE = "dev.bookspace.booking.StatusWords";

    public StatusWords {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(brief, "brief");
        Objects.requireNonNull(full, "full");
    }

    static StatusWords of(Booking booking, ZoneId zone, LocalDate today) {
        return of(booking, zone, today, Language.ENGLISH);
    }

    static StatusWords of(Booking booking, ZoneId zone, LocalDate today, Language language) {
        return of(booking.getStatus(), booking.getPaymentMethod(), booking.getHoldExpiresAt(), PaymentState.of(booking),
                zone, today, language);
    }

    /** The words in English; see {@link #of(BookingStatus, PaymentMethod, OffsetDateTime, PaymentState, ZoneId, LocalDate, Language)}. */
    public static StatusWords of(BookingStatus status, PaymentMethod method, OffsetDateTime holdExpiresAt,
            PaymentState payment, ZoneId zone, LocalDate today) {
        return of(status, method, holdExpiresAt, payment, zone, today, Language.ENGLISH);
    }

    /**
     * @param holdExpiresAt until when an unpaid card booking is held; null for one paid on arrival, or for a card
     *        payment that is clearing at the bank
     * @param zone the organisation's time zone, in which a hold's end is told
     * @param today the organisation's date, on which a hold's end needs no date
     */
    public static StatusWords of(BookingStatus status, PaymentMethod method, OffsetDateTime holdExpiresAt,
            PaymentState payment, ZoneId zone, LocalDate today, Language language) {
        Wording words = wording(language);
        return switch (status) {
            // A hold is what expires; a card payment clearing at the bank no longer does, but is not in yet either.
            case UNPAID -> holdExpiresAt != null
                    ? same(words, Kind.AWAITING_PAYMENT,
                            words.text("held", until(words, holdExpiresAt.atZoneSameInstant(zone), today)))
                    : method == PaymentMethod.STRIPE ? same(words, Kind.AWAITING_PAYMENT, words.text("clearing"))
                    : same(words, Kind.PAY_ON_ARRIVAL);
            case PAID -> payment != null && payment.partlyPaid()
                    ? new StatusWords(Kind.DEPOSIT_PAID, Kind.DEPOSIT_PAID.words(language), Kind.DEPOSIT_PAID.words(language)
                            + " · " + (payment.balanceDueOn() == null ? words.text("due", words.money(payment.balanceDue()))
                                    : words.text("dueBy", words.money(payment.balanceDue()),
                                            day(words, payment.balanceDueOn(), today))))
                    : same(words, Kind.PAID);
            case COMPLETE -> same(words, Kind.COMPLETED);
            case CANCELLED -> same(words, Kind.CANCELLED);
            case EXPIRED -> same(words, Kind.EXPIRED);
        };
    }

    /**
     * The words of a status as the filter of the bookings list offers it: one status, which may stand in two ways
     * ("Awaiting payment or pay on arrival"), in the words its bookings read.
     */
    public static String filterLabel(BookingStatus status) {
        return filterLabel(status, Language.ENGLISH);
    }

    public static String filterLabel(BookingStatus status, Language language) {
        return wording(language).text("filter." + status.name());
    }

    private static Wording wording(Language language) {
        return Wording.of(BUNDLE, language);
    }

    private static StatusWords same(Wording words, Kind kind) {
        return new StatusWords(kind, kind.words(words.language()), kind.words(words.language()));
    }

    /** "Awaiting payment (held until 14:30)": short enough for every place, so the same in all. */
    private static StatusWords same(Wording words, Kind kind, String aside) {
        String text = kind.words(words.language()) + " (" + aside + ")";
        return new StatusWords(kind, text, text);
    }

    /** "14:30" today, "14:30 on 12 Jan" another day. */
    private static String until(Wording words, ZonedDateTime end, LocalDate today) {
        String time = words.date("time", end);
        return end.toLocalDate().equals(today) ? time : words.text("timeOnDay", time, day(words, end.toLocalDate(), today));
    }

    /** "12 Jan", with the year only when it is not this one's. */
    private static String day(Wording words, LocalDate day, LocalDate today) {
        return words.date(day.getYear() == today.getYear() ? "day" : "dayOfAnotherYear", day);
    }
}
