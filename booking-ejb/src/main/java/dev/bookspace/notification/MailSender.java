package dev.bookspace.notification;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Sends the outbox's claimed mail as plain text through the server's {@code java:jboss/mail/Booking}
 * session, a batch over one SMTP connection, so a backlog of thousands drains in seconds. Only
 * {@link MailJob} calls it, outside any transaction: a slow SMTP server holds up no booking.
 */
@ApplicationScoped
public class MailSender {

    /**
     * The longest wait for the SMTP server to connect, answer or take data: WildFly's mail session sets
     * none, and without one a server that accepts a connection and then hangs would stop all mail.
     */
    static final Duration SMTP_WAIT = Duration.ofSeconds(10);

    @Resource(lookup = "java:jboss/mail/Booking")
    private Session mail;

    /** Bounds the session's waits, unless the server's administrator has set them. */
    @PostConstruct
    void boundSmtpWaits() {
        Properties properties = mail.getProperties();
        for (String wait : List.of("mail.smtp.connectiontimeout", "mail.smtp.timeout", "mail.smtp.writetimeout")) {
            properties.putIfAbsent(wait, String.valueOf(SMTP_WAIT.toMillis()));
        }
    }

    /** Answers why each mail that was not sent was not, by mail id; the others were sent. */
    Map<Long, String> send(List<OutgoingMail> mails) {
        Map<Long, String> failures = new HashMap<>();
        Transport transport = null;
        try {
            for (int i = 0; i < mails.size(); i++) {
                OutgoingMail outgoing = mails.get(i);
                MimeMessage message;
                try {
                    message = message(outgoing);
                } catch (MessagingException | RuntimeException e) {
                    failures.put(outgoing.id(), MailFailure.describe(e));
                    continue;
                }
                if (transport == null) {
                    try {
                        transport = mail.getTransport(message.getAllRecipients()[0]);
                        transport.connect();
                    } catch (MessagingException e) {
                        // The SMTP server cannot be reached: the rest of the batch waits for its next attempt too.
                        failRest(mails, i, e, failures);
                        break;
                    }
                }
                try {
                    transport.sendMessage(message, message.getAllRecipients());
                } catch (SendFailedException e) {
                    // This mail's address was refused; the connection can take the next one.
                    failures.put(outgoing.id(), MailFailure.describe(e));
                } catch (MessagingException | RuntimeException e) {
                    // The connection failed or timed out: the rest of the batch waits for its next attempt,
                    // so a hanging server costs one wait a batch, not one a mail.
                    failRest(mails, i, e, failures);
                    break;
                }
            }
        } finally {
            close(transport);
        }
        return failures;
    }

    private static void failRest(List<OutgoingMail> mails, int from, Exception failure, Map<Long, String> failures) {
        String why = MailFailure.describe(failure);
        mails.subList(from, mails.size()).forEach(unsent -> failures.putIfAbsent(unsent.id(), why));
    }

    private MimeMessage message(OutgoingMail outgoing) throws MessagingException {
        MimeMessage message = new MimeMessage(mail);
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(outgoing.to()));
        message.setSubject(outgoing.subject(), "UTF-8");
        if (outgoing.brand() == null) {
            message.setText(outgoing.text(), "UTF-8");
        } else {
            // The plain text first: readers show the last part they can, and the HTML is the same words, dressed.
            MimeBodyPart text = new MimeBodyPart();
            text.setText(outgoing.text(), "UTF-8");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(BrandedMail.html(outgoing.text(), outgoing.brand()), "UTF-8", "html");
            message.setContent(new MimeMultipart("alternative", text, html));
        }
        // What Transport.send does before sending: the Message-ID and MIME headers.
        message.saveChanges();
        return message;
    }

    private static void close(Transport transport) {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException e) {
                // The messages are sent or not by now; a failed QUIT changes neither.
            }
        }
    }
}
