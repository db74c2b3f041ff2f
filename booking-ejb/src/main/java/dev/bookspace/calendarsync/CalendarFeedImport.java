package dev.bookspace.calendarsync;

import dev.bookspace.shared.NotFoundException;
import dev.bookspace.tenancy.Scope;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One import of a feed: fetched outside any transaction (a slow channel holds no database connection),
 * then read and applied in a transaction of its own. What the import changes is the feed's doing, so
 * it is recorded as the system's ("ical-import"), also when staff asked for it with "fetch now".
 * A feed that cannot be fetched or read changes nothing but its health.
 */
@ApplicationScoped
public class CalendarFeedImport {

    private static final Logger LOG = Logger.getLogger(CalendarFeedImport.class.getName());

    @EJB
    private CalendarFeedSync sync;

    @Inject
    private CalendarFeedFetcher fetcher;

    /** "Fetch now" on the dashboard or the API: staff or integrations of the feed's organisation; answers when the import is done. */
    public void fetchNow(Scope scope, long feedId) {
        if (!scope.managesRooms()) {
            throw new NotFoundException("There is no such calendar.");
        }
        finish(begin(scope.organisationId(), feedId));
    }

    /** A fetch under way, whose outcome {@link #finish} applies. */
    record Pending(Scope system, FeedTarget target, CompletableFuture<FeedFetch> fetch) {
    }

    /** Starts the fetch, which runs on the HTTP client's threads. */
    Pending begin(long organisationId, long feedId) {
        Scope system = Scope.systemOf(organisationId, "ical-import");
        Optional<FeedTarget> target = sync.target(system, feedId);
        if (target.isEmpty()) {
            throw new NotFoundException("There is no such calendar.");
        }
        return new Pending(system, target.get(), fetcher.fetch(target.get().url(), target.get().etag(), target.get().lastModified()));
    }

    /** Waits for the fetch (bounded by the fetcher's timeouts) and applies its outcome, on the caller's thread. */
    void finish(Pending pending) {
        settle(pending.system(), pending.target(), pending.fetch().join());
    }

    private void settle(Scope system, FeedTarget target, FeedFetch outcome) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        if (outcome instanceof FeedFetch.Fetched fetched) {
            apply(system, target, fetched, now);
        } else if (outcome instanceof FeedFetch.Failed failed) {
            sync.failed(system, target.feedId(), failed.why(), now);
        } else {
            sync.unchanged(system, target.feedId(), now);
        }
    }

    private void apply(Scope system, FeedTarget target, FeedFetch.Fetched fetched, OffsetDateTime now) {
        try {
            sync.apply(system, target.feedId(), IcsCalendars.parse(fetched.body(), target.zone()), fetched.etag(),
                    fetched.lastModified(), now);
        } catch (InvalidFeedException e) {
            sync.failed(system, target.feedId(), e.getMessage(), now);
        } catch (EJBException | jakarta.persistence.PersistenceException e) {
            // Most likely a booking took some of the nights between the check and the insert; the next fetch sees it.
            LOG.log(Level.INFO, "Calendar feed " + target.feedId() + " could not be applied; trying again at the next fetch", e);
            sync.failed(system, target.feedId(), "Bookspace's calendar changed while this feed was read; "
                    + "it is read again at the next fetch.", now);
        }
    }
}
