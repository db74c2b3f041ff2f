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
 * @param actor who the audit log names for what the call changes
 */
public record Scope(long organisationId, Long userId, Set<Role> roles, Actor actor) {

    public Scope {
        if (organisationId <= 0) {
            throw new IllegalArgumentException("An organisation id is positive: " + organisationId);
        }
        roles = Set.copyOf(Objects.requireNonNull(roles, "roles"));
        Objects.requireNonNull(actor, "actor");
    }

    /** A scope whose actor is implied: its user if it has one, else its roles' (a guest, Bookspace). */
    public Scope(long organisationId, Long userId, Set<Role> roles) {
        this(organisationId, userId, roles, Actor.impliedBy(userId, roles));
    }

    /** An integration calling with one of the organisation's API keys. */
    public static Scope ofApiKey(long organisationId, long keyId, String keyName) {
        return new Scope(organisationId, null, EnumSet.of(Role.INTEGRATION), Actor.apiKey(keyId, keyName));
    }

    /** A visitor of the organisation's public pages. */
    public static Scope guestOf(long organisationId) {
        return new Scope(organisationId, null, EnumSet.of(Role.GUEST));
    }

    /** Bookspace acting for the organisation on its own behalf: a scheduled job, a verified webhook. */
    public static Scope systemOf(long organisationId) {
        return new Scope(organisationId, null, EnumSet.of(Role.SYSTEM));
    }

    /** The same, naming what Bookspace is doing, as the audit log shows it: "hold expiry", "Stripe". */
    public static Scope systemOf(long organisationId, String job) {
        return new Scope(organisationId, null, EnumSet.of(Role.SYSTEM), Actor.system(job));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** A signed-in member of the organisation's staff, owner or not. */
    public boolean isStaff() {
        return has(Role.OWNER) || has(Role.STAFF);
    }

    /** Staff, or an integration with the organisation's API key: who may change rooms' closed dates and calendars. */
    public boolean managesRooms() {
        return isStaff() || has(Role.INTEGRATION);
    }
}
