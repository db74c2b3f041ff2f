package dev.bookspace.calendarsync;

import dev.bookspace.audit.AuditFields;
import dev.bookspace.audit.AuditSubject;
import dev.bookspace.audit.AuditTrail;
import dev.bookspace.availability.BlockedNights;
import dev.bookspace.availability.RoomBlock;
import dev.bookspace.availability.Units;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

    /** Something that holds some of an event's nights in some units of the room: a booking's stay, or closed dates. */
    private record Holder(String description, StayPeriod stay, List<Integer> units, boolean eventsOwn) {
    }

    /**
     * Closes the event's nights that some unit has free, each stretch in one unit (the one free longest, lowest first),
     * and says what holds the nights that no unit has free: an event of another channel takes one room of a room type,
     * as a booking does, and is over-booked only when every room is taken. In a room of one unit, that is every night
     * anything holds. The room is locked as a booking locks it while choosing a unit ({@link Units}).
     */
    private Placement place(Scope scope, CalendarFeed feed, CalendarFeedEvent event, OffsetDateTime now) {
        Item room = feed.getItem();
        StayPeriod nights = event.getNights();
        Units.lock(entityManager, scope.organisationId(), room.getId());
        List<Holder> holders = new ArrayList<>();
        entityManager.createQuery("""
                        SELECT bi FROM BookingItem bi JOIN bi.booking b
                        WHERE bi.item.id = :itemId AND bi.bookingStatus IN :occupying
                        AND SQL('(? && daterange(?, ?))', bi.stay, :from, :until) ORDER BY bi.id""", BookingItem.class)
                .setParameter("itemId", room.getId())
                .setParameter("occupying", BookingStatus.BLOCKING)
                .setParameter("from", nights.checkIn())
                .setParameter("until", nights.checkout())
                .getResultStream()
                .forEach(stay -> holders.add(new Holder("booking " + stay.getBooking().getReference() + " (" + stay.getStay().checkIn()
                        + " to " + stay.getStay().checkout() + ")", stay.getStay(), List.of(stay.getUnit()), false)));
        entityManager.createNamedQuery("RoomBlock.ofItemOverlapping", RoomBlock.class)
                .setParameter("itemId", room.getId())
                .setParameter("from", nights.checkIn())
                .setParameter("until", nights.checkout())
                .getResultStream()
                .sorted(Comparator.comparing(RoomBlock::getId))
                .forEach(block -> holders.add(new Holder("closed dates: " + block.getReason() + " (" + block.getStay().checkIn()
                        + " to " + block.getStay().checkout() + ")", block.getStay(), block.units(),
                        event.getId().equals(block.getFeedEventId()))));
        Map<LocalDate, Set<Integer>> takenUnits = new HashMap<>();
        Set<LocalDate> placed = new HashSet<>();
        for (Holder holder : holders) {
            for (LocalDate night : nightsOf(holder.stay(), nights)) {
                takenUnits.computeIfAbsent(night, day -> new HashSet<>()).addAll(holder.units());
                if (holder.eventsOwn()) {
                    placed.add(night); // closed at an earlier fetch: the event keeps that unit
                }
            }
        }
        Set<LocalDate> full = new HashSet<>();
        for (LocalDate night : nightsOf(nights, nights)) {
            if (!placed.contains(night) && takenUnits.getOrDefault(night, Set.of()).size() >= room.getUnits()) {
                full.add(night);
            }
        }
        int closed = 0;
        for (UnitRun run : unitRuns(nights, room.getUnits(), takenUnits, placed)) {
            RoomBlock block = RoomBlock.ofFeedEvent(room, run.nights(), feed.getName() + ": " + event.getSummary(), event.getId(), now);
            entityManager.persist(block);
            BlockedNights.occupy(entityManager, block, List.of(run.unit()));
            entityManager.flush();
            audit.record(scope, "closed_dates.created", block.auditSubject(), null,
                    block.auditFields().put("feed", feed.getName()));
            closed++;
        }
        List<String> overlaps = holders.stream().filter(holder -> !holder.eventsOwn())
                .filter(holder -> nightsOf(holder.stay(), nights).stream().anyMatch(full::contains))
                .map(Holder::description).toList();
        return new Placement(closed, overlaps.isEmpty() ? null : String.join("; ", overlaps));
    }

    /** A stretch of an event's nights closed in one unit of the room. */
    record UnitRun(StayPeriod nights, int unit) {
    }

    /**
     * The stretches of the event's nights not yet {@code placed} that some unit has free, in order, each in the unit
     * free for the longest stretch from its first night (the lowest of equals), so an event keeps to one room when it
     * can. Nights that no unit has free are left out.
     */
    static List<UnitRun> unitRuns(StayPeriod nights, int units, Map<LocalDate, Set<Integer>> takenUnits, Set<LocalDate> placed) {
        List<UnitRun> runs = new ArrayList<>();
        LocalDate night = nights.checkIn();
        while (night.isBefore(nights.checkout())) {
            int bestUnit = 0;
            LocalDate bestEnd = night;
            if (!placed.contains(night)) {
                for (int unit = 1; unit <= units; unit++) {
                    LocalDate end = night;
                    while (end.isBefore(nights.checkout()) && !placed.contains(end)
                            && !takenUnits.getOrDefault(end, Set.of()).contains(unit)) {
                        end = end.plusDays(1);
                    }
                    if (end.isAfter(bestEnd)) {
                        bestUnit = unit;
                        bestEnd = end;
                    }
                }
            }
            if (bestUnit == 0) {
                night = night.plusDays(1);
            } else {
                runs.add(new UnitRun(StayPeriod.of(night, bestEnd), bestUnit));
                night = bestEnd;
            }
        }
        return runs;
    }

    /** The nights of {@code stay} that are among {@code nights}. */
    private static List<LocalDate> nightsOf(StayPeriod stay, StayPeriod nights) {
        LocalDate from = stay.checkIn().isAfter(nights.checkIn()) ? stay.checkIn() : nights.checkIn();
        LocalDate until = stay.checkout().isBefore(nights.checkout()) ? stay.checkout() : nights.checkout();
        return from.isBefore(until) ? from.datesUntil(until).toList() : List.of();
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
