package dev.bookspace.notification;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends plain-text mail through the server's {@code java:jboss/mail/Booking} session, off the calling
 * thread, so a slow SMTP server delays no guest, no webhook and no sign-up.
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

    @Resource(lookup = "java:jboss/mail/Booking")
    private Session mail;

    @Resource
    private ManagedExecutorService executor;

    public void send(String to, String subject, String text) {
        executor.execute(() -> deliver(to, subject, text));
    }

    private void deliver(String to, String subject, String text) {
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
