package dev.bookspace.tenancy;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The organisation a call acts for, and who is calling. Every tenant-facing service method takes it
 * first. It is made only from an authenticated principal, an API key, or the organisation
 * identifier of a public URL; never from a raw request parameter on a dashboard or API route.
 *
 * @param organisationId the tenant whose rows the call may see
 * @param userId the signed-in user, or {@code null} for guests and integrations
 * @param roles what the caller may do
 */
public record Scope(long organisationId, Long userId, Set<Role> roles) {

    public Scope {
        if (organisationId <= 0) {
            throw new IllegalArgumentException("An organisation id is positive: " + organisationId);
        }
        roles = Set.copyOf(Objects.requireNonNull(roles, "roles"));
    }

    /** A visitor of the organisation's public pages. */
    public static Scope guestOf(long organisationId) {
        return new Scope(organisationId, null, EnumSet.of(Role.GUEST));
    }

    /** Bookspace acting for the organisation on its own behalf: a scheduled job, a verified webhook. */
    public static Scope systemOf(long organisationId) {
        return new Scope(organisationId, null, EnumSet.of(Role.SYSTEM));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** A signed-in member of the organisation's staff, owner or not. */
    public boolean isStaff() {
        return has(Role.OWNER) || has(Role.STAFF);
    }
}
