package dev.bookspace.devserver;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run command's mail catcher writes each message once, however its mailboxes fill. */
class CaughtMailTest {

    @TempDir
    Path folder;

    @Test
    void mailArrivingInAnEarlierMailboxIsWrittenOnceAndNothingIsWrittenTwice() throws Exception {
        CaughtMail caught = new CaughtMail(folder);
        Session smtp = session(caught.start());

        // Two organisations' mail in the same second: owners' and guests' mailboxes filling in turn.
        List<String> sent = new ArrayList<>();
        for (String to : List.of("zoe@example.org", "ann@example.org", "mia@example.org", "ann@example.org", "bob@example.org", "zoe@example.org")) {
            String subject = "Mail " + (sent.size() + 1) + " to " + to;
            send(smtp, to, subject);
            sent.add(subject);
            caught.writeNewMessages();
        }

        assertThat(subjectsWritten()).containsExactlyInAnyOrderElementsOf(sent);
    }

    private List<String> subjectsWritten() throws IOException, MessagingException {
        List<String> subjects = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    subjects.add(new MimeMessage(null, in).getSubject());
                }
            }
        }
        return subjects;
    }

    private static Session session(int port) {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(port));
        return Session.getInstance(properties);
    }

    private static void send(Session smtp, String to, String subject) throws MessagingException {
        MimeMessage message = new MimeMessage(smtp);
        message.setFrom(new InternetAddress("bookings@bookspace.local"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject);
        message.setText("Hello");
        Transport.send(message);
    }
}
