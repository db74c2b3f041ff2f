package dev.bookspace.identity;

import jakarta.persistence.EntityManager;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.OptionalLong;

/**
 * What the sign-in's second step and the Security page share: spending a code or a recovery code,
 * issuing recovery codes, and remembering devices. Every spend is one conditional statement, so two
 * requests racing with the same code or recovery code cannot both succeed.
 */
final class SecondFactor {

    /** How long a remembered device skips the code. */
    static final Duration REMEMBER_FOR = Duration.ofDays(30);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What typed text came to. */
    enum Outcome {
        CODE, RECOVERY_CODE, REPLAYED, WRONG;

        boolean accepted() {
            return this == CODE || this == RECOVERY_CODE;
        }
    }

    private SecondFactor() {
    }

    /** Spends a code of the person's authenticator, or one of their recovery codes. */
    static Outcome spend(EntityManager entityManager, User user, String typed, Instant now) {
        if (typed == null || typed.isBlank() || user.twoFactorSecret() == null) {
            return Outcome.WRONG;
        }
        if (TwoFactorCodes.looksLikeACode(typed)) {
            OptionalLong step = TwoFactorCodes.matchingStep(Base32.decode(user.twoFactorSecret()), typed, now);
            if (step.isEmpty()) {
                return Outcome.WRONG;
            }
            return takeStep(entityManager, user, step.getAsLong()) ? Outcome.CODE : Outcome.REPLAYED;
        }
        int spent = entityManager.createNativeQuery("""
                        UPDATE recovery_codes SET used_at = ?1
                        WHERE organisation_id = ?2 AND user_id = ?3 AND code_hash = ?4 AND used_at IS NULL""")
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, user.getOrganisationId())
                .setParameter(3, user.getId())
                .setParameter(4, RecoveryCodes.hash(typed))
                .executeUpdate();
        return spent == 1 ? Outcome.RECOVERY_CODE : Outcome.WRONG;
    }

    /**
     * Takes a time step's code: once, and never a step older than one taken (RFC 6238 section 5.2), so a
     * code seen over someone's shoulder or replayed from a log is worth nothing after its first use.
     */
    static boolean takeStep(EntityManager entityManager, User user, long step) {
        return entityManager.createNativeQuery("""
                        UPDATE users SET totp_last_step = ?1
                        WHERE id = ?2 AND (totp_last_step IS NULL OR totp_last_step < ?1)""")
                .setParameter(1, step)
                .setParameter(2, user.getId())
                .executeUpdate() == 1;
    }

    /** A fresh set of recovery codes, replacing any the person had; answers them, to be shown once. */
    static List<String> issueRecoveryCodes(EntityManager entityManager, User user) {
        deleteRecoveryCodes(entityManager, user);
        List<String> codes = RecoveryCodes.issue();
        for (String code : codes) {
            entityManager.createNativeQuery("INSERT INTO recovery_codes (organisation_id, user_id, code_hash) VALUES (?1, ?2, ?3)")
                    .setParameter(1, user.getOrganisationId())
                    .setParameter(2, user.getId())
                    .setParameter(3, RecoveryCodes.hash(code))
                    .executeUpdate();
        }
        return codes;
    }

    static void deleteRecoveryCodes(EntityManager entityManager, User user) {
        entityManager.createNativeQuery("DELETE FROM recovery_codes WHERE organisation_id = ?1 AND user_id = ?2")
                .setParameter(1, user.getOrganisationId())
                .setParameter(2, user.getId())
                .executeUpdate();
    }

    static int recoveryCodesLeft(EntityManager entityManager, User user) {
        return ((Number) entityManager.createNativeQuery(
                        "SELECT count(*) FROM recovery_codes WHERE organisation_id = ?1 AND user_id = ?2 AND used_at IS NULL")
                .setParameter(1, user.getOrganisationId())
                .setParameter(2, user.getId())
                .getSingleResult()).intValue();
    }

    /** Remembers a device for {@link #REMEMBER_FOR}; answers the token for its cookie, of which only a hash is kept. */
    static String rememberDevice(EntityManager entityManager, User user, Instant now) {
        entityManager.createNativeQuery("DELETE FROM remembered_devices WHERE organisation_id = ?1 AND user_id = ?2 AND expires_at <= ?3")
                .setParameter(1, user.getOrganisationId())
                .setParameter(2, user.getId())
                .setParameter(3, Timestamp.from(now))
                .executeUpdate();
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        entityManager.createNativeQuery(
                        "INSERT INTO remembered_devices (organisation_id, user_id, token_hash, expires_at) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, user.getOrganisationId())
                .setParameter(2, user.getId())
                .setParameter(3, EmailToken.hash(token))
                .setParameter(4, Timestamp.from(now.plus(REMEMBER_FOR)))
                .executeUpdate();
        return token;
    }

    /** Whether the token is one this person's device was remembered by, and still is. */
    static boolean remembers(EntityManager entityManager, User user, String token, Instant now) {
        if (token == null || token.isBlank()) {
            return false;
        }
        return ((Number) entityManager.createNativeQuery("""
                        SELECT count(*) FROM remembered_devices
                        WHERE token_hash = ?1 AND organisation_id = ?2 AND user_id = ?3 AND expires_at > ?4""")
                .setParameter(1, EmailToken.hash(token.strip()))
                .setParameter(2, user.getOrganisationId())
                .setParameter(3, user.getId())
                .setParameter(4, Timestamp.from(now))
                .getSingleResult()).intValue() > 0;
    }

    static int rememberedDevices(EntityManager entityManager, User user, Instant now) {
        return ((Number) entityManager.createNativeQuery(
                        "SELECT count(*) FROM remembered_devices WHERE organisation_id = ?1 AND user_id = ?2 AND expires_at > ?3")
                .setParameter(1, user.getOrganisationId())
                .setParameter(2, user.getId())
                .setParameter(3, Timestamp.from(now))
                .getSingleResult()).intValue();
    }

    /** Forgets every device the person had remembered: on a new password, and when two-factor sign-in is turned off or set up anew. */
    static int forgetDevices(EntityManager entityManager, User user) {
        return entityManager.createNativeQuery("DELETE FROM remembered_devices WHERE organisation_id = ?1 AND user_id = ?2")
                .setParameter(1, user.getOrganisationId())
                .setParameter(2, user.getId())
                .executeUpdate();
    }
}
