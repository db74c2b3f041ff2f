package dev.bookspace.notification;

import dev.bookspace.shared.LeasedRows;
import dev.bookspace.shared.LogText;
import dev.bookspace.shared.NextRun;
import dev.bookspace.shared.RetrySchedule;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the outbox's due mail a moment after each run ends (a second, {@code BOOKING_MAIL_PAUSE_MILLIS}),
 * batch after batch until none is due, so guests wait about a second for their confirmation and a burst
 * of bookings is mailed as fast as the SMTP server takes it. A run waiting on a slow SMTP server delays
 * the next rather than overlapping it; several servers share the work through the outbox's leases.
 * A mail that fails is tried again by the {@link RetrySchedule} (first after
 * {@code BOOKING_MAIL_FIRST_RETRY_SECONDS}) and given up, logged once, a day after it was queued. Once
 * an hour the run also deletes the mail sent or given up more than {@link #KEPT_FOR} ago. A server stopping
 * gracefully hands back the mail it claimed and has not sent ({@link LeasedRows}), for the other servers to send
 * at once.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
public class MailJob {

    static final Duration KEPT_FOR = Duration.ofDays(7);
    static final Duration SWEEP_EVERY = Duration.ofHours(1);

    private static final Logger LOG = Logger.getLogger(MailJob.class.getName());

    @Inject
    @ConfigProperty(name = "booking.mail.pause-millis", defaultValue = "1000")
    private long pauseMillis;

    @Inject
    @ConfigProperty(name = "booking.mail.first-retry-seconds", defaultValue = "30")
    private long firstRetrySeconds;

    @Inject
    private MailOutbox outbox;

    @Inject
    private MailSender sender;

    @Resource
    private TimerService timers;

    @Resource(lookup = "java:jboss/datasources/BookingDS")
    private DataSource dataSource;

    private final LeasedRows leases = LeasedRows.attemptsOf("mail_outbox");

    private OffsetDateTime nextSweep = now();

    @PostConstruct
    void scheduleFirstRun() {
        scheduleNextRun();
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void run() {
        try {
            sendDue();
            sweepIfDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not send the mail that is due; trying again at the next run", e);
        } finally {
            scheduleNextRun();
        }
    }

    @PreDestroy
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void releaseLeases() {
        leases.releaseOnStop(dataSource, "claimed mails not yet sent");
    }

    private void scheduleNextRun() {
        NextRun.after(timers, Duration.ofMillis(pauseMillis));
    }

    private void sendDue() {
        RetrySchedule retries = RetrySchedule.startingAfter(Duration.ofSeconds(firstRetrySeconds));
        List<OutgoingMail> due;
        do {
            OffsetDateTime now = now();
            due = outbox.claimDue(now);
            leases.held(due.stream().map(OutgoingMail::id).toList(), now.plus(MailOutbox.LEASE));
            Map<Long, String> failures = sender.send(due);
            List<Long> sent = due.stream().map(OutgoingMail::id).filter(id -> !failures.containsKey(id)).toList();
            outbox.markSent(sent);
            leases.settled(sent);
            for (OutgoingMail mail : due) {
                if (failures.containsKey(mail.id())) {
                    recordFailure(mail, failures.get(mail.id()), retries);
                    leases.settled(mail.id());
                }
            }
        } while (due.size() == MailOutbox.BATCH);
    }

    private void recordFailure(OutgoingMail mail, String why, RetrySchedule retries) {
        Optional<OffsetDateTime> retry = retries.nextAttempt(mail.attempts(), mail.createdAt(), now());
        outbox.markFailed(mail.id(), why, retry.orElse(null));
        if (retry.isEmpty()) {
            // The mail's id, never its subject or address: the log keeps no guest's details.
            LOG.severe(() -> "Gave up sending mail " + mail.id() + " after " + mail.attempts() + " attempts since "
                    + mail.createdAt() + ": " + LogText.of(why));
        }
    }

    private void sweepIfDue() {
        OffsetDateTime now = now();
        if (now.isBefore(nextSweep)) {
            return;
        }
        nextSweep = now.plus(SWEEP_EVERY);
        int swept = outbox.sweep(now.minus(KEPT_FOR));
        LOG.fine(() -> "Swept " + swept + " mails sent or given up more than " + KEPT_FOR.toDays() + " days ago");
    }

    private static OffsetDateTime now() {
        return LeasedRows.leaseTime(OffsetDateTime.now(ZoneOffset.UTC));
    }
}
