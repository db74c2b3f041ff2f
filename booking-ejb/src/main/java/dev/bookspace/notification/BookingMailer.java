package dev.bookspace.notification;

import dev.bookspace.booking.BookingConfirmed;
import dev.bookspace.booking.GuestBooking;
import dev.bookspace.shared.PublicUrls;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Sends the guest's confirmation and the organisation's notification once a booking is confirmed,
 * through the server's {@code java:jboss/mail/Booking} session. Only after the transaction commits,
 * so a rolled-back booking sends nothing, and off the request thread, so a slow SMTP server delays
 * no guest and no webhook.
 */
@ApplicationScoped
public class BookingMailer {

    private static final Logger LOG = Logger.getLogger(BookingMailer.class.getName());
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    @Resource(lookup = "java:jboss/mail/Booking")
    private Session mail;

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private PublicUrls urls;

    void onConfirmed(@Observes(during = TransactionPhase.AFTER_SUCCESS) BookingConfirmed confirmed) {
        executor.execute(() -> {
            GuestBooking booking = confirmed.booking();
            send(confirmed.guestEmail(), "Your booking at " + booking.organisationName() + " (" + booking.reference() + ")",
                    guestText(booking));
            if (confirmed.organisationEmail() != null && !confirmed.organisationEmail().isBlank()) {
                send(confirmed.organisationEmail(), "New booking " + booking.reference() + ": " + booking.roomTitle(),
                        organisationText(booking));
            }
        });
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
        String lines = booking.lines().stream()
                .map(line -> "  " + line.label() + ": " + line.amount().formatted())
                .collect(Collectors.joining("\n"));
        return """
                Reference: %s
                Room:      %s
                Check-in:  %s
                Checkout:  %s
                Guests:    %d

                %s
                  Total: %s""".formatted(booking.reference(), booking.roomTitle(), DAY.format(booking.stay().checkIn()),
                DAY.format(booking.stay().checkout()), booking.guests(), lines, booking.total().formatted());
    }

    private static String payment(GuestBooking booking) {
        return switch (booking.paymentMethod()) {
            case STRIPE -> "Paid by card.";
            case PAY_ON_ARRIVAL -> "To be paid on arrival.";
        };
    }

    private void send(String to, String subject, String text) {
        try {
            MimeMessage message = new MimeMessage(mail);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
            message.setSubject(subject, "UTF-8");
            message.setText(text, "UTF-8");
            Transport.send(message);
        } catch (MessagingException e) {
            LOG.log(Level.SEVERE, "Could not send \"" + subject + "\" to " + to, e);
        }
    }
}
