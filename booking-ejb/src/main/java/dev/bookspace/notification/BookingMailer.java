package dev.bookspace.notification;

import dev.bookspace.booking.BookingConfirmed;
import dev.bookspace.booking.BookingStatus;
import dev.bookspace.booking.GuestBooking;
import dev.bookspace.shared.PublicUrls;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

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
                guestText(booking));
        if (confirmed.organisationEmail() != null && !confirmed.organisationEmail().isBlank()) {
            outbox.queue(confirmed.organisationEmail(), "New booking " + booking.reference() + ": " + booking.roomTitle(),
                    organisationText(booking));
        }
    }

    private String guestText(GuestBooking booking) {
        return """
                Dear %s,

                thank you for booking with %s. Your booking is confirmed.

                %s
                %s

                Your booking, at any time: %s
                """.formatted(booking.guestName(), booking.organisationName(), summary(booking), payment(booking),
                urls.of(booking.pagePath()));
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
                Room:      %s
                Check-in:  %s
                Checkout:  %s
                Guests:    %d

                %s
                  Total: %s""".formatted(booking.reference(), booking.roomTitle(), DAY.format(booking.stay().checkIn()),
                DAY.format(booking.stay().checkout()), booking.guests(), lines, booking.total().formatted())
                + (included.isEmpty() ? "" : "\n" + included);
    }

    /** The lines the booking was priced with that make its total, or those it includes (taxes in the prices). */
    private static String lines(GuestBooking booking, boolean counted) {
        return booking.lines().stream()
                .filter(line -> line.counts() == counted)
                .map(line -> "  " + line.label() + ": " + line.amount().formatted())
                .collect(Collectors.joining("\n"));
    }

    private static String payment(GuestBooking booking) {
        return switch (booking.paymentMethod()) {
            case STRIPE -> "Paid by card.";
            case PAY_ON_ARRIVAL -> "To be paid on arrival.";
            case AT_DESK -> booking.status() == BookingStatus.UNPAID ? "To be paid at the desk." : "Paid at the desk.";
        };
    }
}
