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
import java.util.HashSet;
import java.util.Set;
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
    /**
     * By Message-ID: GreenMail lists what it received mailbox by mailbox, not in arrival order, so a
     * count of those written would write one message twice and skip another when a later mail lands
     * in an earlier mailbox (two organisations' bookings in the same second did).
     */
    private final Set<String> written = new HashSet<>();

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

    /** Writes each message received since the last call to a file of its own, numbered in the order written. */
    synchronized void writeNewMessages() {
        for (MimeMessage message : smtp.getReceivedMessages()) {
            try {
                if (written.add(message.getMessageID())) {
                    write(message, folder.resolve(String.format("%03d.eml", written.size())));
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static void write(MimeMessage message, Path file) {
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
