package dev.bookspace.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * One line of a booking's history: who did what, and when. Written by the booking as it changes, never
 * edited, except that the webhook job clears {@code notice_pending} once it has queued the notice.
 */
@Entity
@Table(name = "booking_events")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "organisation_id", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
public class BookingEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "booking_id", nullable = false)
    private Booking booking;

    @Column(name = "happened_at", nullable = false)
    private OffsetDateTime happenedAt;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private String description;

    /** The webhook event this change sends, if any ({@link BookingNotice#type()}). */
    @Column(name = "notice")
    private String notice;

    /** Until the delivery job has queued the notice for the organisation's endpoints. */
    @Column(name = "notice_pending", nullable = false)
    private boolean noticePending;

    protected BookingEvent() {
        // for JPA
    }

    BookingEvent(Booking booking, OffsetDateTime happenedAt, String actor, String description, BookingNotice notice) {
        this.booking = booking;
        this.happenedAt = happenedAt;
        this.actor = actor;
        this.description = description;
        this.notice = notice == null ? null : notice.type();
        this.noticePending = notice != null;
    }

    public OffsetDateTime getHappenedAt() {
        return happenedAt;
    }

    public String getActor() {
        return actor;
    }

    public String getDescription() {
        return description;
    }

    /** The guest asked to be forgotten: a line they made names them no more. */
    void forgetActor(String name, String instead) {
        if (actor.equals(name)) {
            actor = instead;
        }
    }
}
