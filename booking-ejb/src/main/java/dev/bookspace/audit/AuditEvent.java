package dev.bookspace.audit;

import dev.bookspace.tenancy.Actor;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * One line of the audit log. Made once and never changed: it has no setters, no column is updatable,
 * and the database refuses any UPDATE, DELETE or TRUNCATE of {@code audit_events} (V14).
 */
@Entity
@Table(name = "audit_events")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "organisation_id", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private OffsetDateTime occurredAt;

    @Column(name = "actor_kind", nullable = false, updatable = false)
    private String actorKind;

    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    @Column(name = "actor_label", nullable = false, updatable = false)
    private String actorLabel;

    @Column(name = "subject_kind", nullable = false, updatable = false)
    private String subjectKind;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private String subjectId;

    @Column(name = "subject_label", nullable = false, updatable = false)
    private String subjectLabel;

    @Column(nullable = false, updatable = false)
    private String action;

    @Convert(converter = JsonbConverter.class)
    @Column(name = "before", updatable = false)
    private String before;

    @Convert(converter = JsonbConverter.class)
    @Column(name = "after", updatable = false)
    private String after;

    protected AuditEvent() {
        // for JPA
    }

    AuditEvent(OffsetDateTime occurredAt, Actor.Kind actorKind, Long actorId, String actorLabel, AuditSubject subject,
            String action, String before, String after) {
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.actorKind = actorKind.code();
        this.actorId = actorId;
        this.actorLabel = Objects.requireNonNull(actorLabel, "actorLabel");
        this.subjectKind = subject.kind();
        this.subjectId = subject.id();
        this.subjectLabel = subject.label();
        this.action = Objects.requireNonNull(action, "action");
        this.before = before;
        this.after = after;
    }

    AuditEventRow row() {
        return new AuditEventRow(id, occurredAt, actorKind, actorId, actorLabel, subjectKind, subjectId, subjectLabel,
                action, before, after);
    }

    Long getId() {
        return id;
    }
}
