package dev.bookspace.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real SMTP server (GreenMail) that catches what the application sends. It starts once per JVM,
 * before the server, and publishes its port as {@code booking.smtp.port} for arquillian.xml.
 */
public final class TestMail implements BeforeAllCallback {

    private static GreenMail greenMail;

    /**
     * A message as a test reads it: the decoded text, not the wire encoding.
     *
     * @param body the plain text (the text part of a guest's mail, which also has an HTML part)
     * @param html the HTML part of a guest's mail, which wears the organisation's brand; null for a plain-text mail
     */
    public record Mail(String to, String subject, String body, String html) {
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server();
    }

    public static synchronized GreenMail server() {
        if (greenMail == null) {
            greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            greenMail.start();
            System.setProperty("booking.smtp.port", String.valueOf(greenMail.getSmtp().getPort()));
            Runtime.getRuntime().addShutdownHook(new Thread(TestMail::stop));
        }
        return greenMail;
    }

    /** Stops the SMTP server: every connection the application tries is refused until {@link #acceptAgain()}. */
    public static synchronized void refuse() {
        server().stop();
    }

    /**
     * Starts the SMTP server again on the port the application sends to. What the stopped one received
     * is gone: read a test's own mail after this, not before.
     */
    public static synchronized void acceptAgain() {
        greenMail = new GreenMail(new ServerSetup(Integer.parseInt(System.getProperty("booking.smtp.port")), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
    }

    private static synchronized void stop() {
        greenMail.stop();
    }

    /** Every message received so far for this address. */
    public static List<Mail> to(String address) {
        return Arrays.stream(server().getReceivedMessages())
                .filter(message -> addressedTo(message, address))
                .map(message -> {
                    try {
                        if (message.getContent() instanceof Multipart parts) {
                            return new Mail(address, message.getSubject(), part(parts, "text/plain"), part(parts, "text/html"));
                        }
                        return new Mail(address, message.getSubject(), message.getContent().toString(), null);
                    } catch (MessagingException | IOException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    /** The body of the first mail to this address whose subject starts so, once the outbox has sent it (10 s at most). */
    public static String awaitBody(String address, String subject) throws InterruptedException {
        return awaitMail(address, subject).body().replace("\r\n", "\n");
    }

    /** The first mail to this address whose subject starts so, with its HTML part, once sent (10 s at most). */
    public static Mail awaitMail(String address, String subject) throws InterruptedException {
        for (int waited = 0; waited < 100; waited++) {
            var mail = to(address).stream().filter(sent -> sent.subject().startsWith(subject)).findFirst();
            if (mail.isPresent()) {
                return mail.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No mail \"" + subject + "…\" to " + address + " in 10 s");
    }

    private static String part(Multipart parts, String type) throws MessagingException, IOException {
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).isMimeType(type)) {
                return parts.getBodyPart(i).getContent().toString();
            }
        }
        return null;
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(recipient -> recipient.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
