package dev.bookspace.calendarsync;

import dev.bookspace.audit.AuditFields;
import dev.bookspace.audit.AuditSubject;
import dev.bookspace.audit.AuditTrail;
import dev.bookspace.availability.BlockedNights;
import dev.bookspace.availability.RoomBlock;
import dev.bookspace.booking.BookingItem;
import dev.bookspace.booking.BookingStatus;
import dev.bookspace.catalog.Item;
import dev.bookspace.organisation.Organisation;
import dev.bookspace.shared.StayPeriod;
import dev.bookspace.shared.Wording;
import dev.bookspace.tenancy.Scope;
import dev.bookspace.tenancy.TenantScoped;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Turns what a feed holds into closed dates of its room, in one transaction: a new event closes its
 * nights, a changed one (same UID, other nights) moves them, a removed one frees them. Nights that
 * Bookspace already holds (a booking, closed dates, another channel's event) are never taken from
 * their holder and never silently ignored: the event closes the nights still free and records what
 * it overlaps, the room shows as over-booked across channels, and the owner is mailed once. Such an
 * event is placed again at every fetch, so it closes its nights as soon as they are freed.
 */
@Stateless
@TenantScoped
public class CalendarFeedSync {

    @PersistenceContext(unitName = "booking")
    private EntityManager entityManager;

    @EJB
    private AuditTrail audit;

    @Inject
    private OwnerNotices notices;

    private final Clock clock = Clock.systemUTC();

    /** The feed as its next fetch needs it; empty once it was removed. */
    public Optional<FeedTarget> target(Scope scope, long feedId) {
        Organisation organisation = entityManager.find(Organisation.class, scope.organisationId());
        return Optional.ofNullable(entityManager.find(CalendarFeed.class, feedId))
                .map(feed -> new FeedTarget(feed.getId(), feed.getUrl(), feed.getEtag(), feed.getLastModified(), organisation.zone()));
    }

    /** The feed answered that nothing changed. */
    public void unchanged(Scope scope, long feedId, OffsetDateTime now) {
        CalendarFeed feed = entityManager.find(CalendarFeed.class, feedId);
        if (feed != null) {
            feed.succeeded(feed.getEtag(), feed.getLastModified(), now);
        }
    }

    /** The fetch failed; nothing the feed blocked is freed. After a day of failures the owner hears of it, once. */
    public void failed(Scope scope, long feedId, String why, OffsetDateTime now) {
        CalendarFeed feed = entityManager.find(CalendarFeed.class, feedId);
        if (feed != null && feed.failed(why, now)) {
            Item room = feed.getItem();
            Wording words = notices.words(entityManager, scope.organisationId());
            notices.send(entityManager, scope.organisationId(), room.getId(),
                    words.text("feedFailing.subject", room.getTitle(), feed.getName()),
                    words.text("feedFailing.text", room.getTitle(), feed.getName(),
                            words.date("date", feed.getFailingSince().toLocalDate()), why));
        }
    }

    /** Applies the feed's events: blocks made, moved and freed, each recorded in the audit log as this scope's. */
    public SyncResult apply(Scope scope, long feedId, List<FeedEvent> fetched, String etag, String lastModified, OffsetDateTime now) {
        // One sync of a feed at a time ("fetch now" while the job runs it): the second waits, then finds the events in place.
        CalendarFeed feed = entityManager.find(CalendarFeed.class, feedId, LockModeType.PESSIMISTIC_WRITE);
        if (feed == null) {
            return new SyncResult(0, 0, 0);
        }
        LocalDate today = entityManager.find(Organisation.class, scope.organisationId()).today(clock);
        Map<String, FeedEvent> current = new LinkedHashMap<>();
        for (FeedEvent event : fetched) {
            if (event.nights().checkout().isAfter(today)) {
                current.putIfAbsent(event.uid(), event);
            }
        }
        int freed = 0;
        List<CalendarFeedEvent> toPlace = new ArrayList<>();
        for (CalendarFeedEvent known : entityManager.createNamedQuery("CalendarFeedEvent.ofFeed", CalendarFeedEvent.class)
                .setParameter("feedId", feedId).getResultList()) {
            FeedEvent latest = current.remove(known.getUid());
            if (latest != null && latest.nights().equals(known.getNights())) {
                if (known.getOverlaps() != null) {
                    toPlace.add(known); // unchanged but over-booked: it takes whichever of its nights were freed since
                }
                continue;
            }
            freed += release(scope, known);
            if (latest == null) {
                entityManager.remove(known);
            } else {
                known.change(latest);
                toPlace.add(known);
            }
        }
        for (FeedEvent event : current.values()) {
            CalendarFeedEvent added = new CalendarFeedEvent(feedId, event);
            entityManager.persist(added);
            toPlace.add(added);
        }
        entityManager.flush();
        int closed = 0;
        int overbooked = 0;
        for (CalendarFeedEvent event : toPlace) {
            Placement placement = place(scope, feed, event, now);
            closed += placement.closed();
            if (placement.overlaps() != null) {
                overbooked++;
            }
            if (event.overlapping(placement.overlaps())) {
                tellOwners(scope, feed, event);
            }
        }
        feed.succeeded(etag, lastModified, now);
        entityManager.flush();
        return new SyncResult(closed, freed, overbooked);
    }

    /** Frees the nights an event closed: its blocks and the rows by which they occupied the room. */
    public int release(Scope scope, CalendarFeedEvent event) {
        List<RoomBlock> blocks = entityManager.createNamedQuery("RoomBlock.ofFeedEvent", RoomBlock.class)
                .setParameter("eventId", event.getId()).getResultList();
        for (RoomBlock block : blocks) {
            audit.record(scope, "closed_dates.removed", block.auditSubject(), block.auditFields(), null);
            BlockedNights.release(entityManager, block);
            entityManager.remove(block);
        }
        // Before the event itself may go: the blocks refer to it by a plain column, which EclipseLink does not order by.
        entityManager.flush();
        return blocks.size();
    }

    private record Placement(int closed, String overlaps) {
    }

    /** Closes the event's nights that are free, and says what holds the others. */
    private Placement place(Scope scope, CalendarFeed feed, CalendarFeedEvent event, OffsetDateTime now) {
        Item room = feed.getItem();
        StayPeriod nights = event.getNights();
        List<String> holders = new ArrayList<>();
        TreeSet<LocalDate> taken = new TreeSet<>();
        entityManager.createQuery("""
                        SELECT bi FROM BookingItem bi JOIN bi.booking b
                        WHERE bi.item.id = :itemId AND bi.bookingStatus IN :occupying
                        AND SQL('(? && daterange(?, ?))', bi.stay, :from, :until) ORDER BY bi.id""", BookingItem.class)
                .setParameter("itemId", room.getId())
                .setParameter("occupying", BookingStatus.BLOCKING)
                .setParameter("from", nights.checkIn())
                .setParameter("until", nights.checkout())
                .getResultStream()
                .forEach(stay -> {
                    holders.add("booking " + stay.getBooking().getReference() + " (" + stay.getStay().checkIn() + " to "
                            + stay.getStay().checkout() + ")");
                    taken.addAll(stay.getStay().checkIn().datesUntil(stay.getStay().checkout()).toList());
                });
        entityManager.createNamedQuery("RoomBlock.ofItemOverlapping", RoomBlock.class)
                .setParameter("itemId", room.getId())
                .setParameter("from", nights.checkIn())
                .setParameter("until", nights.checkout())
                .getResultStream()
                .forEach(block -> {
                    if (!event.getId().equals(block.getFeedEventId())) {
                        holders.add("closed dates: " + block.getReason() + " (" + block.getStay().checkIn() + " to "
                                + block.getStay().checkout() + ")");
                    }
                    taken.addAll(block.getStay().checkIn().datesUntil(block.getStay().checkout()).toList());
                });
        int closed = 0;
        for (StayPeriod free : freeRuns(nights, taken)) {
            RoomBlock block = RoomBlock.ofFeedEvent(room, free, feed.getName() + ": " + event.getSummary(), event.getId(), now);
            entityManager.persist(block);
            BlockedNights.occupy(entityManager, scope.organisationId(), block);
            entityManager.flush();
            audit.record(scope, "closed_dates.created", block.auditSubject(), null,
                    block.auditFields().put("feed", feed.getName()));
            closed++;
        }
        return new Placement(closed, holders.isEmpty() ? null : String.join("; ", holders));
    }

    /** The stretches of the nights that nothing holds, in order. */
    static List<StayPeriod> freeRuns(StayPeriod nights, TreeSet<LocalDate> taken) {
        List<StayPeriod> runs = new ArrayList<>();
        LocalDate start = null;
        for (LocalDate night = nights.checkIn(); night.isBefore(nights.checkout()); night = night.plusDays(1)) {
            if (taken.contains(night)) {
                if (start != null) {
                    runs.add(StayPeriod.of(start, night));
                    start = null;
                }
            } else if (start == null) {
                start = night;
            }
        }
        if (start != null) {
            runs.add(StayPeriod.of(start, nights.checkout()));
        }
        return runs;
    }

    private void tellOwners(Scope scope, CalendarFeed feed, CalendarFeedEvent event) {
        Item room = feed.getItem();
        Wording words = notices.words(entityManager, scope.organisationId());
        String from = words.date("date", event.getNights().checkIn());
        String to = words.date("date", event.getNights().checkout());
        notices.send(entityManager, scope.organisationId(), room.getId(),
                words.text("overbooked.subject", room.getTitle(), from, to),
                words.text("overbooked.text", room.getTitle(), from, to, feed.getName(), event.getSummary(), event.getOverlaps()));
    }

    /** Audit subjects name a feed by its channel and room. */
    static AuditSubject subject(CalendarFeed feed) {
        return AuditSubject.of("calendar_feed", feed.getId(), feed.getItem().getTitle() + " " + feed.getName());
    }

    static AuditFields fields(CalendarFeed feed) {
        return AuditFields.of().put("name", feed.getName()).put("url", feed.getUrl());
    }
}
