package dev.bookspace.devserver;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The run command's mail catcher: a local SMTP server (GreenMail) that keeps every message the
 * application sends, writes each one as an {@code .eml} file any mail program opens, and says so on
 * the console. Nothing leaves the machine.
 */
final class CaughtMail {

    private final GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    private final Path folder;
    private int written;

    CaughtMail(Path folder) {
        this.folder = folder;
    }

    /** Starts catching; answers the SMTP port. */
    int start() throws IOException {
        Files.createDirectories(folder);
        try (var old = Files.newDirectoryStream(folder, "*.eml")) {
            for (Path message : old) {
                Files.delete(message); // a new run numbers its mail from 001 again
            }
        }
        smtp.start();
        ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "caught-mail");
            thread.setDaemon(true);
            return thread;
        });
        writer.scheduleWithFixedDelay(this::writeNewMessages, 1, 1, TimeUnit.SECONDS);
        Runtime.getRuntime().addShutdownHook(new Thread(smtp::stop));
        return smtp.getSmtp().getPort();
    }

    Path folder() {
        return folder;
    }

    private void writeNewMessages() {
        MimeMessage[] received = smtp.getReceivedMessages();
        for (MimeMessage message : Arrays.copyOfRange(received, written, received.length)) {
            written++;
            Path file = folder.resolve(String.format("%03d.eml", written));
            try (OutputStream out = Files.newOutputStream(file)) {
                message.writeTo(out);
                System.out.println("Mail to " + Arrays.toString(message.getAllRecipients()) + ": \""
                        + message.getSubject() + "\" in " + file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
