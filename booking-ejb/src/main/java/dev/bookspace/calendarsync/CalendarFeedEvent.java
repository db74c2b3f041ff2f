package dev.bookspace.calendarsync;

import dev.bookspace.shared.StayPeriod;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * An event of a feed, by its UID, as Bookspace last read it: the nights it takes, and, when some of
 * them were already Bookspace's (a booking, closed dates, another channel's event), what it overlaps.
 * Such an event is over-booked across channels: staff see it and the owner is told, once.
 */
@Entity
@Table(name = "calendar_feed_events")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "organisation_id", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
@NamedQuery(name = "CalendarFeedEvent.ofFeed", query = "SELECT e FROM CalendarFeedEvent e WHERE e.feedId = :feedId ORDER BY e.id")
@NamedQuery(name = "CalendarFeedEvent.overbooked", query = "SELECT e FROM CalendarFeedEvent e WHERE e.overlaps IS NOT NULL "
        + "AND SQL('(upper(?) > ?)', e.nights, :today) ORDER BY e.id")
public class CalendarFeedEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "feed_id", nullable = false)
    private long feedId;

    @Column(nullable = false)
    private String uid;

    @Column(name = "date_range", nullable = false)
    private StayPeriod nights;

    @Column(nullable = false)
    private String summary;

    /** What the event overlaps, in words ("overlaps" itself is an SQL operator, hence the column's name). */
    @Column(name = "overlapping_stays")
    private String overlaps;

    @Column(name = "overlap_mailed", nullable = false)
    private boolean overlapMailed;

    protected CalendarFeedEvent() {
        // for JPA
    }

    CalendarFeedEvent(long feedId, FeedEvent event) {
        this.feedId = feedId;
        this.uid = Objects.requireNonNull(event.uid(), "uid");
        change(event);
    }

    /** Takes the event as the feed now has it; what it overlaps is judged again. */
    final void change(FeedEvent event) {
        this.nights = event.nights();
        this.summary = event.summary().length() > 200 ? event.summary().substring(0, 200) : event.summary();
    }

    /**
     * What the event overlaps now, or null; answers whether the owner should hear of it, which is
     * once for each time it becomes over-booked.
     */
    boolean overlapping(String what) {
        boolean news = what != null && overlaps == null && !overlapMailed;
        this.overlaps = what;
        if (what == null) {
            overlapMailed = false;
        } else if (news) {
            overlapMailed = true;
        }
        return news;
    }

    public Long getId() {
        return id;
    }

    public long getFeedId() {
        return feedId;
    }

    public String getUid() {
        return uid;
    }

    public StayPeriod getNights() {
        return nights;
    }

    public String getSummary() {
        return summary;
    }

    public String getOverlaps() {
        return overlaps;
    }
}
