package dev.bookspace.notification;

import dev.bookspace.booking.BalanceRequested;
import dev.bookspace.booking.BookingCancelled;
import dev.bookspace.booking.BookingConfirmed;
import dev.bookspace.booking.BookingStatus;
import dev.bookspace.booking.GuestBooking;
import dev.bookspace.organisation.PropertyDetails;
import dev.bookspace.shared.PublicUrls;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Queues the guest's confirmation and the organisation's notification when a booking is confirmed,
 * in the booking's own transaction: a rolled-back booking sends nothing, and a committed one's mail
 * is in the outbox, however long the SMTP server is away. One insert a mail, no query.
 */
@ApplicationScoped
public class BookingMailer {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    @Inject
    private MailOutbox outbox;

    @Inject
    private PublicUrls urls;

    void onConfirmed(@Observes BookingConfirmed confirmed) {
        GuestBooking booking = confirmed.booking();
        outbox.queue(confirmed.guestEmail(), "Your booking at " + booking.organisationName() + " (" + booking.reference() + ")",
                guestText(booking), brand(booking));
        if (confirmed.organisationEmail() != null && !confirmed.organisationEmail().isBlank()) {
            outbox.queue(confirmed.organisationEmail(), "New booking " + booking.reference() + ": " + booking.roomTitle(),
                    organisationText(booking));
        }
    }

    /**
     * A deposit booking's balance fell due: the guest gets the link that pays it. The link is their booking page's,
     * which opens a Stripe Checkout page for the balance when they follow it (a Checkout page itself lives a day).
     */
    void onBalanceRequested(@Observes BalanceRequested request) {
        GuestBooking booking = request.booking();
        outbox.queue(request.guestEmail(), "Balance due for your booking at " + booking.organisationName() + " ("
                + booking.reference() + ")", """
                Dear %s,

                the balance of your booking with %s is due: %s, by %s.

                Pay it by card here: %s

                %s
                  Paid so far: %s
                  Balance due: %s
                """.formatted(booking.guestName(), booking.organisationName(), booking.payment().balanceDue().formatted(),
                DAY.format(booking.payment().balanceDueOn()), urls.of(booking.pagePath() + "&pay=balance"), summary(booking),
                booking.payment().amountPaid().formatted(), booking.payment().balanceDue().formatted()), brand(booking));
    }

    /**
     * A booking was cancelled: the guest is told what was refunded, whoever cancelled; the organisation that the
     * nights are free when the guest cancelled (staff and integrations know already).
     */
    void onCancelled(@Observes BookingCancelled cancellation) {
        GuestBooking booking = cancellation.booking();
        boolean byGuest = cancellation.by() == BookingCancelled.By.GUEST;
        String refund = cancellation.refund().minor() == 0 ? "Nothing is refunded."
                : cancellation.refund().formatted() + " is refunded to your card"
                        + (byGuest ? ", as your booking's cancellation policy says" : "")
                        + "; it reaches your account within about 5 to 10 days.";
        outbox.queue(cancellation.guestEmail(), "Booking cancelled at " + booking.organisationName() + " (" + booking.reference() + ")",
                """
                Dear %s,

                %s

                %s
                %s

                Your booking, at any time: %s
                """.formatted(booking.guestName(), byGuest ? "your booking with " + booking.organisationName() + " is cancelled."
                                : booking.organisationName() + " has cancelled your booking. If you did not expect this, "
                                        + "please contact them.",
                        summary(booking), refund, urls.of(booking.pagePath())), brand(booking));
        if (byGuest && cancellation.organisationEmail() != null && !cancellation.organisationEmail().isBlank()) {
            outbox.queue(cancellation.organisationEmail(), "Booking " + booking.reference() + " cancelled by the guest: "
                    + booking.roomTitle(), """
                    %s cancelled their booking of %s; the room is free again for those nights.

                    %s
                    %s
                    """.formatted(booking.guestName(), booking.roomTitle(), summary(booking),
                    cancellation.refund().minor() == 0 ? "Nothing was refunded."
                            : "Refunded through Stripe: " + cancellation.refund().formatted()));
        }
    }

    /** Mails to guests wear the organisation's logo and colour; those to its staff stay plain. */
    private MailBrand brand(GuestBooking booking) {
        return MailBrand.of(booking.organisationName(), booking.property(), urls);
    }

    private String guestText(GuestBooking booking) {
        return """
                Dear %s,

                thank you for booking with %s. Your booking is confirmed.

                %s
                %s
                %s
                %s
                Your booking, at any time: %s
                Add the stay to your calendar: %s
                """.formatted(booking.guestName(), booking.organisationName(), summary(booking), payment(booking),
                policy(booking), gettingThere(booking.property()), urls.of(booking.pagePath()), urls.of(booking.calendarPath()));
    }

    /** The property's hours, address with a map link, and contact, as far as the owner gave them. */
    private static String gettingThere(PropertyDetails property) {
        StringBuilder text = new StringBuilder("Getting there:\n  ").append(property.hours()).append('\n');
        if (property.address() != null) {
            text.append("  ").append(property.addressOnOneLine()).append('\n')
                    .append("  Map: ").append(property.mapUrl()).append('\n');
        }
        String contact = Stream.of(property.phone(), property.email()).filter(Objects::nonNull).collect(Collectors.joining(", "));
        if (!contact.isEmpty()) {
            text.append("  Contact: ").append(contact).append('\n');
        }
        return text.toString();
    }

    /** The booking's own copy of the cancellation policy, and where to cancel; nothing for a booking made without one. */
    private static String policy(GuestBooking booking) {
        if (booking.cancellationPolicy().isEmpty()) {
            return "";
        }
        return "\nCancellation policy:\n" + booking.cancellationPolicy().stream().map(line -> "  " + line + "\n")
                .collect(Collectors.joining()) + "You can cancel on your booking's page.\n";
    }

    private String organisationText(GuestBooking booking) {
        return """
                %s booked %s.

                %s
                %s
                """.formatted(booking.guestName(), booking.roomTitle(), summary(booking), payment(booking));
    }

    private static String summary(GuestBooking booking) {
        String lines = lines(booking, true);
        String included = lines(booking, false);
        return """
                Reference: %s
                Status:    %s
                Room:      %s
                Check-in:  %s
                Checkout:  %s
                Guests:    %d

                %s
                  Total: %s""".formatted(booking.reference(), booking.words().full(), booking.roomTitle(),
                DAY.format(booking.stay().checkIn()), DAY.format(booking.stay().checkout()), booking.guests(), lines,
                booking.total().formatted())
                + (included.isEmpty() ? "" : "\n" + included);
    }

    /** The lines the booking was priced with that make its total, or those it includes (taxes in the prices). */
    private static String lines(GuestBooking booking, boolean counted) {
        return booking.lines().stream()
                .filter(line -> line.counts() == counted)
                .map(line -> "  " + line.label() + ": " + line.amount().formatted())
                .collect(Collectors.joining("\n"));
    }

    /** How the money came, beside the status: a booking still to pay on arrival has said so in its status. */
    private static String payment(GuestBooking booking) {
        return switch (booking.paymentMethod()) {
            case STRIPE -> booking.payment().partlyPaid() ? booking.payment().depositSentence() : "Paid by card.";
            case PAY_ON_ARRIVAL -> "";
            case AT_DESK -> booking.status() == BookingStatus.UNPAID ? "" : "Paid at the desk.";
        };
    }
}
