package dev.bookspace.organisation;

import dev.bookspace.audit.AuditFields;
import dev.bookspace.audit.AuditSubject;
import dev.bookspace.audit.AuditTrail;
import dev.bookspace.catalog.PhotoImage;
import dev.bookspace.catalog.PhotoIntake;
import dev.bookspace.shared.InvalidRequestException;
import dev.bookspace.shared.InvalidRequestException.FieldProblem;
import dev.bookspace.shared.NotFoundException;
import dev.bookspace.tenancy.Role;
import dev.bookspace.tenancy.Scope;
import dev.bookspace.tenancy.TenantScoped;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The property's logo: its owner uploads one on Settings (checked and resized like a room photo,
 * {@link PhotoIntake}) or removes it, each in the audit log; the public pages' header and the e-mails show
 * it ({@link PropertyDetails#logo()}), and the photo address serves its bytes.
 */
@Stateless
@TenantScoped
public class LogoService {

    private static final SecureRandom KEYS = new SecureRandom();

    @PersistenceContext(unitName = "booking")
    private EntityManager entityManager;

    @EJB
    private AuditTrail audit;

    /** Makes the uploaded image the logo, under a new key; refuses anything but a JPEG, PNG or WebP image within the limits. */
    public Logo change(Scope scope, String fileName, byte[] bytes) {
        Organisation organisation = owned(scope);
        PhotoIntake.PreparedLogo logo;
        try {
            logo = PhotoIntake.logo(fileName, bytes);
        } catch (InvalidRequestException e) {
            throw new InvalidRequestException(List.of(new FieldProblem("logo", e.getMessage(), e.wording().orElse(null))));
        }
        String before = organisation.getLogoKey();
        String key = newKey();
        organisation.wearLogo(key, logo.mediaType(), logo.rendition().width(), logo.rendition().height());
        entityManager.createNativeQuery("""
                INSERT INTO organisation_logos (organisation_id, logo_key, bytes) VALUES (?1, ?2, ?3)
                ON CONFLICT (organisation_id) DO UPDATE SET logo_key = excluded.logo_key, bytes = excluded.bytes""")
                .setParameter(1, organisation.getId()).setParameter(2, key).setParameter(3, logo.rendition().bytes())
                .executeUpdate();
        record(scope, "settings.logo_changed", organisation, before, fileName);
        return organisation.propertyDetails().logo();
    }

    /** The pages and e-mails go back to the organisation's name alone. */
    public void remove(Scope scope) {
        Organisation organisation = owned(scope);
        String before = organisation.getLogoKey();
        if (before == null) {
            return;
        }
        organisation.dropLogo();
        entityManager.createNativeQuery("DELETE FROM organisation_logos WHERE organisation_id = ?1")
                .setParameter(1, organisation.getId()).executeUpdate();
        record(scope, "settings.logo_removed", organisation, before, null);
    }

    /** The bytes of the scope's organisation's current logo, by its key; empty for an old key or anything else. */
    public Optional<PhotoImage> image(Scope scope, String key) {
        Organisation organisation = entityManager.find(Organisation.class, scope.organisationId());
        if (organisation.getLogoKey() == null || !organisation.getLogoKey().equals(key)) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<byte[]> bytes = entityManager.createNativeQuery(
                        "SELECT bytes FROM organisation_logos WHERE organisation_id = ?1 AND logo_key = ?2")
                .setParameter(1, organisation.getId()).setParameter(2, key).getResultList();
        return bytes.stream().findFirst().map(found -> new PhotoImage(organisation.getLogoMediaType(), found));
    }

    private void record(Scope scope, String action, Organisation organisation, String keyBefore, String fileName) {
        audit.record(scope, action, AuditSubject.of("settings", organisation.getId(), organisation.getName()),
                AuditFields.of().put("logo", keyBefore),
                AuditFields.of().put("logo", organisation.getLogoKey()).put("file_name", fileName));
    }

    /** Only owners change the logo; anyone else finds nothing. */
    private Organisation owned(Scope scope) {
        if (!scope.has(Role.OWNER)) {
            throw new NotFoundException("There are no settings to see here.");
        }
        return entityManager.find(Organisation.class, scope.organisationId());
    }

    private static String newKey() {
        byte[] key = new byte[16];
        KEYS.nextBytes(key);
        return HexFormat.of().formatHex(key);
    }
}
