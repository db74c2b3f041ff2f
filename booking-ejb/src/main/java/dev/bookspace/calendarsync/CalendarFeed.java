package dev.bookspace.calendarsync;

import dev.bookspace.catalog.Item;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * Another channel's calendar of a room (Airbnb, Booking.com, …), which a job fetches every few
 * minutes, and what the last fetches found: staff read its health on the room's page.
 */
@Entity
@Table(name = "calendar_feeds")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "organisation_id", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
@NamedQuery(name = "CalendarFeed.ofItem", query = "SELECT f FROM CalendarFeed f WHERE f.item.id = :itemId ORDER BY f.name, f.id")
@NamedQuery(name = "CalendarFeed.all", query = "SELECT f FROM CalendarFeed f ORDER BY f.id")
public class CalendarFeed {

    /** Owners hear of a feed that fails for this long, once. */
    static final Duration FAILING_TOO_LONG = Duration.ofDays(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "item_id", nullable = false)
    private Item item;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String url;

    private String etag;

    @Column(name = "last_modified")
    private String lastModified;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "next_fetch_at", nullable = false)
    private OffsetDateTime nextFetchAt;

    @Column(name = "last_attempt_at")
    private OffsetDateTime lastAttemptAt;

    @Column(name = "last_success_at")
    private OffsetDateTime lastSuccessAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "failing_since")
    private OffsetDateTime failingSince;

    @Column(name = "failure_mailed", nullable = false)
    private boolean failureMailed;

    protected CalendarFeed() {
        // for JPA
    }

    CalendarFeed(Item item, String name, String url, OffsetDateTime now) {
        this.item = Objects.requireNonNull(item, "item");
        this.name = Objects.requireNonNull(name, "name");
        this.url = Objects.requireNonNull(url, "url");
        this.createdAt = Objects.requireNonNull(now, "now");
        this.nextFetchAt = now;
    }

    /** A fetch that read the feed, or found it unchanged: the validators to send next time. */
    void succeeded(String etag, String lastModified, OffsetDateTime now) {
        this.etag = etag;
        this.lastModified = lastModified;
        this.lastAttemptAt = now;
        this.lastSuccessAt = now;
        this.lastError = null;
        this.failingSince = null;
        this.failureMailed = false;
    }

    /** A fetch that failed, with why in words; answers whether the owner should now hear of it (once). */
    boolean failed(String error, OffsetDateTime now) {
        this.lastAttemptAt = now;
        this.lastError = error.length() > 500 ? error.substring(0, 500) + "…" : error;
        if (failingSince == null) {
            failingSince = lastSuccessAt == null ? createdAt : now;
        }
        if (!failureMailed && !failingSince.plus(FAILING_TOO_LONG).isAfter(now)) {
            failureMailed = true;
            return true;
        }
        return false;
    }

    /** Whether the last fetch's validators still describe what Bookspace holds of the feed. */
    void forgetValidators() {
        this.etag = null;
        this.lastModified = null;
    }

    public Long getId() {
        return id;
    }

    public Item getItem() {
        return item;
    }

    public String getName() {
        return name;
    }

    public String getUrl() {
        return url;
    }

    public String getEtag() {
        return etag;
    }

    public String getLastModified() {
        return lastModified;
    }

    public OffsetDateTime getLastSuccessAt() {
        return lastSuccessAt;
    }

    public OffsetDateTime getLastAttemptAt() {
        return lastAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public OffsetDateTime getFailingSince() {
        return failingSince;
    }
}
