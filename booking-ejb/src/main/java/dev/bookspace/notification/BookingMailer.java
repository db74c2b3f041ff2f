package dev.bookspace.notification;

import dev.bookspace.booking.BalanceRequested;
import dev.bookspace.booking.BookingCancelled;
import dev.bookspace.booking.BookingChanged;
import dev.bookspace.booking.BookingConfirmed;
import dev.bookspace.booking.BookingStatus;
import dev.bookspace.booking.GuestBooking;
import dev.bookspace.catalog.RoomTitles;
import dev.bookspace.organisation.PropertyDetails;
import dev.bookspace.pricing.PriceLineWords;
import dev.bookspace.shared.Language;
import dev.bookspace.shared.PublicUrls;
import dev.bookspace.shared.Wording;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Queues the guest's confirmation and the organisation's notification when a booking is confirmed,
 * in the booking's own transaction: a rolled-back booking sends nothing, and a committed one's mail
 * is in the outbox, however long the SMTP server is away. One insert a mail, no query.
 * A guest reads their mails in the language they booked in ({@code GuestMail*.properties}, with that language's
 * dates and money); the organisation's staff read theirs in its default language ({@code StaffMail*.properties}).
 */
@ApplicationScoped
public class BookingMailer {

    private static final String GUEST_MAIL = "dev.bookspace.notification.GuestMail";
    /** The staff's sentences, which the calendar feeds' notices to owners share. */
    public static final String STAFF_MAIL = "dev.bookspace.notification.StaffMail";

    @Inject
    private MailOutbox outbox;

    @Inject
    private PublicUrls urls;

    @Inject
    private RoomTitles roomTitles;

    void onConfirmed(@Observes BookingConfirmed confirmed) {
        GuestBooking booking = confirmed.booking();
        Wording words = guestWords(booking);
        outbox.queue(confirmed.guestEmail(), words.text("confirmed.subject", booking.organisationName(), booking.reference()),
                guestText(booking, words), brand(booking));
        if (confirmed.organisationEmail() != null && !confirmed.organisationEmail().isBlank()) {
            outbox.queue(confirmed.organisationEmail(), staffMail(booking).text("booked.subject", booking.reference(),
                    booking.roomTitles()), organisationText(booking));
        }
    }

    /**
     * A deposit booking's balance fell due: the guest gets the link that pays it. The link is their booking page's,
     * which opens a Stripe Checkout page for the balance when they follow it (a Checkout page itself lives a day).
     */
    void onBalanceRequested(@Observes BalanceRequested request) {
        GuestBooking booking = request.booking();
        Wording words = guestWords(booking);
        outbox.queue(request.guestEmail(), words.text("balance.subject", booking.organisationName(), booking.reference()),
                String.join("\n", words.text("greeting", booking.guestName()), "",
                        words.text("balance.intro", booking.organisationName(), words.money(booking.payment().balanceDue()),
                                words.date("day", booking.payment().balanceDueOn())), "",
                        words.text("balance.pay", urls.of(booking.pagePath() + "&pay=balance")), "",
                        summary(booking, words, true),
                        "  " + words.text("balance.paidSoFar", words.money(booking.payment().amountPaid())),
                        "  " + words.text("balance.due", words.money(booking.payment().balanceDue())), ""),
                brand(booking));
    }

    /**
     * A booking was cancelled: the guest is told what was refunded, whoever cancelled; the organisation that the
     * nights are free when the guest cancelled (staff and integrations know already).
     */
    void onCancelled(@Observes BookingCancelled cancellation) {
        GuestBooking booking = cancellation.booking();
        Wording words = guestWords(booking);
        boolean byGuest = cancellation.by() == BookingCancelled.By.GUEST;
        String refund = cancellation.refund().minor() == 0 ? words.text("refund.nothing")
                : words.text(byGuest ? "refund.byPolicy" : "refund.byOrganisation", words.money(cancellation.refund()));
        outbox.queue(cancellation.guestEmail(), words.text("cancelled.subject", booking.organisationName(), booking.reference()),
                String.join("\n", words.text("greeting", booking.guestName()), "",
                        words.text(byGuest ? "cancelled.byGuest" : "cancelled.byOrganisation", booking.organisationName()), "",
                        summary(booking, words, true), refund, "",
                        words.text("link.booking", urls.of(booking.pagePath())), ""),
                brand(booking));
        if (byGuest && cancellation.organisationEmail() != null && !cancellation.organisationEmail().isBlank()) {
            Wording staff = staffMail(booking);
            Wording summaryWords = staffWords(booking);
            outbox.queue(cancellation.organisationEmail(), staff.text("cancelled.subject", booking.reference(), booking.roomTitles()),
                    String.join("\n", staff.text("cancelled.intro", booking.guestName(), booking.roomTitles()), "",
                            summary(booking, summaryWords, false), cancellation.refund().minor() == 0
                                    ? staff.text("cancelled.nothingRefunded")
                                    : staff.text("cancelled.refunded", summaryWords.money(cancellation.refund())), ""));
        }
    }

    /**
     * A booking's dates or room changed: the guest is told what it was and how it now stands, with what they pay or
     * get back for the difference, and by whom it was changed; the organisation, when the guest changed it, that the
     * old nights are free and the new ones taken (staff and integrations know already).
     */
    void onChanged(@Observes BookingChanged change) {
        GuestBooking booking = change.booking();
        Wording words = guestWords(booking);
        boolean byGuest = change.by() == BookingChanged.By.GUEST;
        List<String> previousRooms = new ArrayList<>();
        for (int room = 0; room < change.previousRoomIds().size(); room++) {
            previousRooms.add(roomTitles.titleIn(change.previousRoomIds().get(room), booking.language())
                    .orElse(change.previousRoomTitles().get(room)));
        }
        String previous = String.join(" + ", previousRooms) + ", " + change.previousStay();
        List<String> text = new ArrayList<>(List.of(words.text("greeting", booking.guestName()), "",
                words.text(byGuest ? "changed.intro" : "changed.byOrganisation", booking.organisationName(), previous,
                        words.money(change.previousTotal())), "",
                summary(booking, words, true)));
        if (change.payNow().minor() > 0) {
            text.add(words.text("changed.payNow", words.money(change.payNow())));
        }
        if (change.refund().minor() > 0) {
            text.add(words.text("changed.refund", words.money(change.refund())));
        }
        if (!byGuest && booking.payment().balanceDue().minor() > 0) {
            text.add(words.text("changed.stillToPay", words.money(booking.payment().balanceDue())));
        }
        text.addAll(List.of("", words.text("link.booking", urls.of(booking.pagePath())), ""));
        outbox.queue(change.guestEmail(), words.text("changed.subject", booking.organisationName(), booking.reference()),
                String.join("\n", text), brand(booking));
        if (byGuest && change.organisationEmail() != null && !change.organisationEmail().isBlank()) {
            Wording staff = staffMail(booking);
            Wording summaryWords = staffWords(booking);
            String settled = change.refund().minor() > 0 ? staff.text("changed.refunded", summaryWords.money(change.refund()))
                    : change.payNow().minor() > 0 ? staff.text("changed.payNow", summaryWords.money(change.payNow()))
                    : staff.text("changed.stillToPay", summaryWords.money(booking.payment().balanceDue()));
            outbox.queue(change.organisationEmail(), staff.text("changed.subject", booking.reference(), booking.roomTitles()),
                    String.join("\n", staff.text("changed.intro", booking.guestName(), previous,
                            summaryWords.money(change.previousTotal())), "", summary(booking, summaryWords, false), settled, ""));
        }
    }

    private static Wording guestWords(GuestBooking booking) {
        return Wording.of(GUEST_MAIL, booking.language());
    }

    /** Staff read the same summary in the organisation's default language, whatever their guest's. */
    private static Wording staffWords(GuestBooking booking) {
        return Wording.of(GUEST_MAIL, booking.staffLanguage());
    }

    /** The sentences only staff read, in the organisation's default language. */
    private static Wording staffMail(GuestBooking booking) {
        return Wording.of(STAFF_MAIL, booking.staffLanguage());
    }

    /** Mails to guests wear the organisation's logo and colour; those to its staff stay plain. */
    private MailBrand brand(GuestBooking booking) {
        return MailBrand.of(booking.organisationName(), booking.property(), urls);
    }

    private String guestText(GuestBooking booking, Wording words) {
        return String.join("\n", words.text("greeting", booking.guestName()), "",
                words.text("confirmed.intro", booking.organisationName()), "",
                summary(booking, words, true), payment(booking, words), policy(booking, words),
                gettingThere(booking.property(), words), words.text("link.booking", urls.of(booking.pagePath())),
                words.text("link.calendar", urls.of(booking.calendarPath())), "");
    }

    /** The property's hours, address with a map link, and contact, as far as the owner gave them. */
    private static String gettingThere(PropertyDetails property, Wording words) {
        StringBuilder text = new StringBuilder(words.text("gettingThere")).append("\n  ")
                .append(words.text("hours", words.date("time", property.checkInFrom()), words.date("time", property.checkOutUntil())))
                .append('\n');
        if (property.address() != null) {
            text.append("  ").append(property.addressOnOneLine()).append('\n')
                    .append("  ").append(words.text("map", property.mapUrl())).append('\n');
        }
        String contact = Stream.of(property.phone(), property.email()).filter(Objects::nonNull).collect(Collectors.joining(", "));
        if (!contact.isEmpty()) {
            text.append("  ").append(words.text("contact", contact)).append('\n');
        }
        return text.toString();
    }

    /** The booking's own copy of the cancellation policy, and where to cancel; nothing for a booking made without one. */
    private static String policy(GuestBooking booking, Wording words) {
        if (booking.ownCancellationPolicy().isEmpty()) {
            return "";
        }
        return "\n" + words.text("policy.heading") + "\n" + booking.ownCancellationPolicy().stream().map(line -> "  " + line + "\n")
                .collect(Collectors.joining()) + words.text("policy.whereToCancel") + "\n";
    }

    private String organisationText(GuestBooking booking) {
        Wording words = staffWords(booking);
        return String.join("\n", staffMail(booking).text("booked.intro", booking.guestName(), booking.roomTitles()), "",
                summary(booking, words, false), payment(booking, words), "");
    }

    /**
     * The booking's facts and its price, in these words.
     *
     * @param toGuest whether the guest reads it, in their language (status and room); else staff, in theirs
     */
    private String summary(GuestBooking booking, Wording words, boolean toGuest) {
        String lines = lines(booking, words, true);
        String included = lines(booking, words, false);
        return String.join("\n",
                words.text("summary.reference", booking.reference()),
                words.text("summary.status", (toGuest ? booking.ownWords() : booking.staffWords()).full()),
                rooms(booking, words, toGuest),
                words.text("summary.checkIn", words.date("day", booking.stay().checkIn())),
                words.text("summary.checkout", words.date("day", booking.stay().checkout())),
                words.text("summary.guests", booking.guests()), "", lines,
                "  " + words.text("summary.total", words.money(booking.total())))
                + (included.isEmpty() ? "" : "\n" + included);
    }

    /** A line a room the booking holds: one for most bookings, one each for a family's two rooms. */
    private String rooms(GuestBooking booking, Wording words, boolean toGuest) {
        return booking.rooms().stream()
                .map(room -> words.text("summary.room", toGuest ? roomTitle(room, booking.language()) : room.title()))
                .collect(Collectors.joining("\n"));
    }

    /** The room's title in the guest's language, where staff gave one; else its own. */
    private String roomTitle(GuestBooking.Room room, Language language) {
        return roomTitles.titleIn(room.itemId(), language).orElse(room.title());
    }

    /** The lines the booking was priced with that make its total, or those it includes (taxes in the prices). */
    private static String lines(GuestBooking booking, Wording words, boolean counted) {
        return booking.lines().stream()
                .filter(line -> line.counts() == counted)
                .map(line -> "  " + PriceLineWords.of(line, words.language()) + ": " + words.money(line.amount()))
                .collect(Collectors.joining("\n"));
    }

    /** How the money came, beside the status: a booking still to pay on arrival has said so in its status. */
    private static String payment(GuestBooking booking, Wording words) {
        return switch (booking.paymentMethod()) {
            case STRIPE -> booking.payment().partlyPaid() ? words.text("deposit", words.money(booking.payment().deposit()),
                    words.money(booking.payment().balanceDue()), words.date("depositDay", booking.payment().balanceDueOn()))
                    : words.text("paidByCard");
            case PAY_ON_ARRIVAL -> "";
            case AT_DESK -> booking.status() == BookingStatus.UNPAID ? "" : words.text("paidAtDesk");
        };
    }
}
