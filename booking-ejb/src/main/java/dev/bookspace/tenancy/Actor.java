package dev.bookspace.tenancy;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Who acts behind a {@link Scope}, as the audit log names them: a signed-in person, an API key, a
 * guest on the public pages, or Bookspace itself (a scheduled job, a verified Stripe event).
 *
 * @param kind which of the four
 * @param id the person's user id or the key's id; null for guests and Bookspace
 * @param label the key's or the job's name; null for a person (their address is read when recorded)
 *              and for a guest (named by the booking they made)
 */
public record Actor(Kind kind, Long id, String label) {

    public enum Kind {
        PERSON, API_KEY, GUEST, SYSTEM;

        /** As stored and as the API writes it: {@code person}, {@code api_key}, {@code guest}, {@code system}. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Actor {
        Objects.requireNonNull(kind, "kind");
    }

    public static Actor person(long userId) {
        return new Actor(Kind.PERSON, userId, null);
    }

    public static Actor apiKey(long keyId, String name) {
        return new Actor(Kind.API_KEY, keyId, Objects.requireNonNull(name, "name"));
    }

    public static Actor guest() {
        return new Actor(Kind.GUEST, null, null);
    }

    /** @param job what Bookspace was doing: "hold expiry", "Stripe" */
    public static Actor system(String job) {
        return new Actor(Kind.SYSTEM, null, Objects.requireNonNull(job, "job"));
    }

    /** The actor a scope made without naming one implies: its user, else what its roles say. */
    static Actor impliedBy(Long userId, Set<Role> roles) {
        if (userId != null) {
            return person(userId);
        }
        if (roles.contains(Role.SYSTEM)) {
            return system("Bookspace");
        }
        if (roles.contains(Role.OWNER) || roles.contains(Role.STAFF)) {
            return new Actor(Kind.PERSON, null, "A staff member");
        }
        if (roles.contains(Role.INTEGRATION)) {
            return new Actor(Kind.API_KEY, null, "An API key");
        }
        return guest();
    }
}
