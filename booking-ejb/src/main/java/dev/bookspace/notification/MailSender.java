package dev.bookspace.notification;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends the outbox's claimed mail as plain text through the server's {@code java:jboss/mail/Booking}
 * session, a batch over one SMTP connection, so a backlog of thousands drains in seconds. Only
 * {@link MailJob} calls it, outside any transaction: a slow SMTP server holds up no booking.
 */
@ApplicationScoped
public class MailSender {

    @Resource(lookup = "java:jboss/mail/Booking")
    private Session mail;

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
                        String why = MailFailure.describe(e);
                        mails.subList(i, mails.size()).forEach(unsent -> failures.putIfAbsent(unsent.id(), why));
                        break;
                    }
                }
                try {
                    transport.sendMessage(message, message.getAllRecipients());
                } catch (MessagingException | RuntimeException e) {
                    failures.put(outgoing.id(), MailFailure.describe(e));
                    // Whatever state the connection is in, the next mail starts on a fresh one.
                    close(transport);
                    transport = null;
                }
            }
        } finally {
            close(transport);
        }
        return failures;
    }

    private MimeMessage message(OutgoingMail outgoing) throws MessagingException {
        MimeMessage message = new MimeMessage(mail);
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(outgoing.to()));
        message.setSubject(outgoing.subject(), "UTF-8");
        message.setText(outgoing.text(), "UTF-8");
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
