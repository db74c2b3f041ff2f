package dev.bookspace.identity;

import dev.bookspace.tenancy.Role;
import dev.bookspace.tenancy.Scope;
import java.io.Serializable;
import java.util.EnumSet;

/**
 * A signed-in person, as the dashboard knows them.
 *
 * @param userId the user
 * @param organisationId their organisation
 * @param name their name
 * @param email their sign-in address
 * @param role owner or staff
 * @param verified whether they have confirmed their address
 * @param sidebarCollapsed whether they left the dashboard's menu closed
 * @param sessionStamp changes with the password and the role: a session signed in under another stamp has ended
 * @param twoFactor whether signing in takes a code from their authenticator after the password
 */
public record Account(long userId, long organisationId, String name, String email, Role role, boolean verified,
        boolean sidebarCollapsed, String sessionStamp, boolean twoFactor)
        implements Serializable {

    /** The name the signed-in principal carries: the user and the stamp it signed in under. */
    public String principalName() {
        return userId + "." + sessionStamp;
    }

    /** The scope the dashboard's services are called with: made from the authenticated principal only. */
    public Scope scope() {
        return new Scope(organisationId, userId, EnumSet.of(role));
    }
}
