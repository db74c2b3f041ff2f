package dev.bookspace.calendarsync;

import dev.bookspace.audit.AuditTrail;
import dev.bookspace.availability.RoomBlock;
import dev.bookspace.catalog.Item;
import dev.bookspace.organisation.Organisation;
import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.NotFoundException;
import dev.bookspace.shared.OutboundRefusedException;
import dev.bookspace.shared.OutboundSettings;
import dev.bookspace.shared.TextRules;
import dev.bookspace.tenancy.Scope;
import dev.bookspace.tenancy.TenantScoped;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The feeds a room imports from other channels, which staff add (a name per channel and the address
 * the channel gives) and remove, with each feed's health; and the rooms over-booked across channels.
 * Removing a feed frees the nights its events closed.
 */
@Stateless
@TenantScoped
public class CalendarFeedService {

    /** A room is on a few channels; the limit bounds one room's fetches. */
    static final int MAX_FEEDS_PER_ROOM = 10;

    @PersistenceContext(unitName = "booking")
    private EntityManager entityManager;

    @Inject
    private OutboundSettings outbound;

    @EJB
    private CalendarFeedSync sync;

    @EJB
    private AuditTrail audit;

    private final Clock clock = Clock.systemUTC();

    public List<FeedHealth> feeds(Scope scope, long itemId) {
        Item room = room(scope, itemId);
        Map<Long, long[]> counts = counts();
        return entityManager.createNamedQuery("CalendarFeed.ofItem", CalendarFeed.class)
                .setParameter("itemId", room.getId())
                .getResultStream()
                .map(feed -> health(feed, counts.getOrDefault(feed.getId(), new long[2])))
                .toList();
    }

    /** Subscribes the room to a channel's feed; the job fetches it within seconds. */
    public FeedHealth add(Scope scope, long itemId, String name, String url) {
        Item room = room(scope, itemId);
        String channel = name == null ? "" : name.strip();
        if (channel.isEmpty() || channel.length() > 60 || !TextRules.isOneLine(channel)) {
            throw new InvalidRequestException("name", "Name the channel on one line of at most 60 characters, such as Airbnb.")
                    .worded("feeds.name");
        }
        String checked = checkUrl(url);
        List<CalendarFeed> existing = entityManager.createNamedQuery("CalendarFeed.ofItem", CalendarFeed.class)
                .setParameter("itemId", room.getId()).getResultList();
        if (existing.stream().anyMatch(feed -> feed.getUrl().equals(checked))) {
            throw new InvalidRequestException("url", room.getTitle() + " already imports this calendar.")
                    .worded("feeds.already", room.getTitle());
        }
        if (existing.size() >= MAX_FEEDS_PER_ROOM) {
            throw new InvalidRequestException("url", "A room imports at most " + MAX_FEEDS_PER_ROOM + " calendars; remove one first.")
                    .worded("feeds.tooMany", MAX_FEEDS_PER_ROOM);
        }
        CalendarFeed feed = new CalendarFeed(room, channel, checked, now());
        entityManager.persist(feed);
        entityManager.flush();
        audit.record(scope, "calendar_feed.added", CalendarFeedSync.subject(feed), null, CalendarFeedSync.fields(feed));
        return health(feed, new long[2]);
    }

    /** Stops importing the feed and frees the nights its events closed, at once. */
    public void remove(Scope scope, long itemId, long feedId) {
        Item room = room(scope, itemId);
        CalendarFeed feed = entityManager.find(CalendarFeed.class, feedId);
        if (feed == null || !feed.getItem().getId().equals(room.getId())) {
            throw new NotFoundException("There is no such calendar.");
        }
        audit.record(scope, "calendar_feed.removed", CalendarFeedSync.subject(feed), CalendarFeedSync.fields(feed), null);
        for (CalendarFeedEvent event : entityManager.createNamedQuery("CalendarFeedEvent.ofFeed", CalendarFeedEvent.class)
                .setParameter("feedId", feedId).getResultList()) {
            sync.release(scope, event);
            entityManager.remove(event);
        }
        entityManager.flush();
        entityManager.remove(feed);
        entityManager.flush();
    }

    /** The events, from today on, that overlap what Bookspace already held: rooms over-booked across channels. */
    public List<Overbooking> overbookings(Scope scope) {
        if (!scope.isStaff()) {
            return List.of();
        }
        Organisation organisation = entityManager.find(Organisation.class, scope.organisationId());
        Map<Long, CalendarFeed> feeds = new HashMap<>();
        entityManager.createNamedQuery("CalendarFeed.all", CalendarFeed.class).getResultStream().forEach(feed -> feeds.put(feed.getId(), feed));
        return entityManager.createNamedQuery("CalendarFeedEvent.overbooked", CalendarFeedEvent.class)
                .setParameter("today", organisation.today(clock))
                .getResultStream()
                .filter(event -> feeds.containsKey(event.getFeedId()))
                .map(event -> {
                    CalendarFeed feed = feeds.get(event.getFeedId());
                    return new Overbooking(feed.getItem().getId(), feed.getItem().getTitle(), feed.getName(), event.getNights(),
                            event.getOverlaps());
                })
                .toList();
    }

    /** Per feed: its closed dates, and its over-booked events. */
    private Map<Long, long[]> counts() {
        Map<Long, long[]> counts = new HashMap<>();
        for (Object[] row : entityManager.createQuery("""
                SELECT e.feedId, COUNT(rb) FROM RoomBlock rb, CalendarFeedEvent e WHERE rb.feedEventId = e.id GROUP BY e.feedId""",
                Object[].class).getResultList()) {
            counts.computeIfAbsent((Long) row[0], id -> new long[2])[0] = (Long) row[1];
        }
        for (Object[] row : entityManager.createQuery("""
                SELECT e.feedId, COUNT(e) FROM CalendarFeedEvent e WHERE e.overlaps IS NOT NULL GROUP BY e.feedId""",
                Object[].class).getResultList()) {
            counts.computeIfAbsent((Long) row[0], id -> new long[2])[1] = (Long) row[1];
        }
        return counts;
    }

    private static FeedHealth health(CalendarFeed feed, long[] counts) {
        return new FeedHealth(feed.getId(), feed.getItem().getId(), feed.getName(), feed.getUrl(), feed.getLastSuccessAt(),
                feed.getLastAttemptAt(), feed.getLastError(), counts[0], counts[1]);
    }

    /** HTTPS to a public address (plain HTTP to loopback only in development), as outgoing webhooks. */
    private String checkUrl(String raw) {
        String url = raw == null ? "" : raw.strip();
        if (url.isEmpty() || url.length() > 2000) {
            throw new InvalidRequestException("url", "Paste the calendar's address from the channel, such as "
                    + "https://www.airbnb.com/calendar/ical/123.ics?s=….").worded("feeds.paste");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new InvalidRequestException("url", "This is not an address; paste the one the channel gives, starting with https://.")
                    .worded("feeds.notAddress");
        }
        if (!uri.isAbsolute() || uri.getHost() == null) {
            throw new InvalidRequestException("url", "Paste the whole address, starting with https:// and a host name.")
                    .worded("feeds.whole");
        }
        try {
            outbound.guard().check(uri);
        } catch (OutboundRefusedException e) {
            boolean https = "https".equals(uri.getScheme().toLowerCase(Locale.ROOT));
            if (!https) {
                throw new InvalidRequestException("url", "Use the https:// address the channel gives: calendars are fetched "
                        + "only encrypted.").worded("feeds.https");
            }
            InvalidRequestException refusal = new InvalidRequestException("url", e.getMessage());
            throw e.key().map(key -> refusal.worded(key, e.arguments().toArray())).orElse(refusal);
        } catch (UnknownHostException e) {
            throw new InvalidRequestException("url", "No address was found for " + uri.getHost() + "; check the calendar's address.")
                    .worded("feeds.noAddress", uri.getHost());
        }
        return url;
    }

    private Item room(Scope scope, long itemId) {
        return ManagedRooms.get(entityManager, scope, itemId);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
