package dev.bookspace.availability;

import dev.bookspace.audit.AuditFields;
import dev.bookspace.audit.AuditSubject;
import dev.bookspace.catalog.Item;
import dev.bookspace.shared.StayPeriod;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * Closed dates: a room taken off sale for some nights, for maintenance or the owner's own use, with
 * the reason staff gave. It occupies its nights through {@link BlockedNights}, a row of booking_items,
 * so the exclusion constraint that keeps bookings apart keeps blocks and bookings apart too.
 */
@Entity
@Table(name = "room_blocks")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "organisation_id", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
@NamedQuery(name = "RoomBlock.ofItemEndingAfter", query = """
        SELECT rb FROM RoomBlock rb WHERE rb.item.id = :itemId AND SQL('(upper(?) > ?)', rb.stay, :day)""")
@NamedQuery(name = "RoomBlock.ofItemOverlapping", query = """
        SELECT rb FROM RoomBlock rb WHERE rb.item.id = :itemId AND SQL('(? && daterange(?, ?))', rb.stay, :from, :until)""")
@NamedQuery(name = "RoomBlock.ofFeedEvent", query = "SELECT rb FROM RoomBlock rb WHERE rb.feedEventId = :eventId")
@NamedQuery(name = "RoomBlock.overlapping", query = """
        SELECT rb FROM RoomBlock rb WHERE SQL('(? && daterange(?, ?))', rb.stay, :from, :until) ORDER BY rb.id""")
public class RoomBlock {

    /** Closed by a member of staff on the dashboard. */
    public static final String BY_STAFF = "staff";
    /** Closed by an event of another channel's calendar feed, which the feed's sync replaces. */
    public static final String BY_FEED = "feed";
    /** Closed by an integration with the organisation's API key. */
    public static final String BY_API = "api";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "item_id", nullable = false)
    private Item item;

    @Column(name = "date_range", nullable = false)
    private StayPeriod stay;

    @Column(nullable = false)
    private String reason;

    @Column(nullable = false)
    private String source;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "feed_event_id")
    private Long feedEventId;

    /** The rows by which it occupies its nights: one per unit of the room it closes (V39). */
    @OneToMany(mappedBy = "block")
    @BatchFetch(BatchFetchType.IN) // a list of closed dates reads all their units in one query
    private List<BlockedNights> nights = new ArrayList<>();

    protected RoomBlock() {
        // for JPA
    }

    /**
     * @param createdBy the member of staff who closed the dates, or null for an integration
     */
    RoomBlock(Item item, StayPeriod stay, String reason, Long createdBy, OffsetDateTime createdAt) {
        this.item = Objects.requireNonNull(item, "item");
        this.stay = Objects.requireNonNull(stay, "stay");
        this.reason = Objects.requireNonNull(reason, "reason").strip();
        if (this.reason.isEmpty()) {
            throw new IllegalArgumentException("Closed dates have a reason");
        }
        this.createdBy = createdBy;
        this.source = createdBy == null ? BY_API : BY_STAFF;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** The nights of a feed's event that were free, closed on its behalf; the reason names the channel. */
    public static RoomBlock ofFeedEvent(Item item, StayPeriod stay, String reason, long feedEventId, OffsetDateTime createdAt) {
        String shortened = reason.length() > 200 ? reason.substring(0, 199) + "…" : reason;
        RoomBlock block = new RoomBlock(item, stay, shortened, null, createdAt);
        block.source = BY_FEED;
        block.feedEventId = feedEventId;
        return block;
    }

    /** The feed's event this block closes nights for; null unless its source is {@value #BY_FEED}. */
    /** How these closed dates appear in the audit log: by room and nights. */
    public AuditSubject auditSubject() {
        return AuditSubject.of("closed_dates", id, item.getTitle() + " " + stay.checkIn() + " to " + stay.checkout());
    }

    /** The audit log's fields for these closed dates: nights, reason, and for a room of several units which it closes. */
    public AuditFields auditFields() {
        AuditFields fields = AuditFields.of().put("check_in", stay.checkIn()).put("checkout", stay.checkout()).put("reason", reason);
        return item.getUnits() > 1 ? fields.put("units", String.join(", ", units().stream().map(item::unitName).toList())) : fields;
    }

    void closes(BlockedNights unit) {
        nights.add(unit);
    }

    /** The units of its room it closes, lowest first. */
    public List<Integer> units() {
        return nights.stream().map(BlockedNights::getUnit).sorted().toList();
    }

    public Long getFeedEventId() {
        return feedEventId;
    }

    public Long getId() {
        return id;
    }

    public Item getItem() {
        return item;
    }

    public StayPeriod getStay() {
        return stay;
    }

    public String getReason() {
        return reason;
    }

    public String getSource() {
        return source;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
