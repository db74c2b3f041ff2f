package dev.bookspace.webhook;

import dev.bookspace.shared.LeasedRows;
import dev.bookspace.shared.NextRun;
import dev.bookspace.tenancy.Scope;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Two seconds after each run ends, organisation by organisation: queue new booking events for the
 * endpoints, then send what is due, all of one organisation's attempts at once, outside any
 * transaction. A run waiting on a slow endpoint delays the next rather than overlapping it. Finding
 * the organisations with work is the one cross-tenant read, and it reads only their ids. A server stopping
 * gracefully hands back the deliveries it claimed and has not made ({@link LeasedRows}), for the other servers
 * to make at once.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
public class WebhookJob {

    static final Duration PAUSE = Duration.ofSeconds(2);

    private static final Logger LOG = Logger.getLogger(WebhookJob.class.getName());

    private static final String ORGANISATIONS_WITH_WORK = """
            SELECT organisation_id FROM booking_events WHERE notice_pending
            UNION
            SELECT organisation_id FROM webhook_deliveries WHERE status = 'pending' AND next_attempt_at <= now()""";

    @Resource(lookup = "java:jboss/datasources/BookingDS")
    private DataSource dataSource;

    @EJB
    private WebhookQueue queue;

    @Inject
    private WebhookSender sender;

    @Resource
    private TimerService timers;

    private final LeasedRows leases = LeasedRows.attemptsOf("webhook_deliveries");

    @PostConstruct
    void scheduleFirstRun() {
        scheduleNextRun();
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void run() {
        try {
            deliver();
        } finally {
            scheduleNextRun();
        }
    }

    @PreDestroy
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void releaseLeases() {
        leases.releaseOnStop(dataSource, "claimed webhook deliveries not yet made");
    }

    private void scheduleNextRun() {
        NextRun.after(timers, PAUSE);
    }

    private void deliver() {
        for (long organisation : organisationsWithWork()) {
            Scope scope = Scope.systemOf(organisation, "webhook delivery");
            try {
                fanOutAll(scope);
                List<DueDelivery> due;
                do {
                    OffsetDateTime now = now();
                    due = queue.claimDue(scope, now);
                    leases.held(due.stream().map(DueDelivery::id).toList(), now.plus(WebhookQueue.LEASE));
                    send(scope, due);
                } while (due.size() == WebhookQueue.BATCH);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not deliver the webhooks of organisation " + organisation
                        + "; trying again at the next run", e);
            }
        }
    }

    /** Batch after batch, each in its own transaction, until the organisation's backlog is queued. */
    private void fanOutAll(Scope scope) {
        while (queue.fanOut(scope, now()) == WebhookQueue.BATCH) {
            LOG.fine(() -> "More booking events of organisation " + scope.organisationId() + " to queue");
        }
    }

    /** All at once, each bounded by the sender's timeouts; then each outcome in a transaction of its own. */
    private void send(Scope scope, List<DueDelivery> due) {
        List<CompletableFuture<DeliveryOutcome>> attempts = new ArrayList<>();
        for (DueDelivery delivery : due) {
            attempts.add(sender.send(delivery, now().toInstant()));
        }
        for (int i = 0; i < due.size(); i++) {
            queue.record(scope, due.get(i).id(), attempts.get(i).join(), now());
            leases.settled(due.get(i).id());
        }
    }

    private Set<Long> organisationsWithWork() {
        Set<Long> organisations = new LinkedHashSet<>();
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(ORGANISATIONS_WITH_WORK)) {
            while (rows.next()) {
                organisations.add(rows.getLong(1));
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Could not look for webhooks to deliver; trying again at the next run", e);
        }
        return organisations;
    }

    private static OffsetDateTime now() {
        return LeasedRows.leaseTime(OffsetDateTime.now(ZoneOffset.UTC));
    }
}
