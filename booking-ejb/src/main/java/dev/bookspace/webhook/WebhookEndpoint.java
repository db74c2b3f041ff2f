package dev.bookspace.webhook;

import dev.bookspace.shared.SealedSecretConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/** A URL an organisation's events are sent to, and the secret they are signed with. */
@Entity
@Table(name = "webhook_endpoints")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "organisation_id", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
@NamedQuery(name = "WebhookEndpoint.all", query = "SELECT e FROM WebhookEndpoint e ORDER BY e.createdAt, e.id")
public class WebhookEndpoint {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String url;

    @Column(nullable = false)
    private String description;

    @Column(name = "signing_secret", nullable = false)
    @Convert(converter = SealedSecretConverter.class)
    private String signingSecret;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected WebhookEndpoint() {
        // for JPA
    }

    /** A new endpoint with a fresh secret of 256 random bits. */
    WebhookEndpoint(String url, String description, OffsetDateTime now) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        this.url = url;
        this.description = description;
        this.signingSecret = "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        this.createdAt = now;
    }

    WebhookEndpointRow row() {
        return new WebhookEndpointRow(id, url, description, createdAt);
    }

    public Long getId() {
        return id;
    }

    String getSigningSecret() {
        return signingSecret;
    }
}
