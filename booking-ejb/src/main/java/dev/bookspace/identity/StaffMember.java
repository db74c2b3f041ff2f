package dev.bookspace.identity;

import dev.bookspace.tenancy.Role;
import java.io.Serializable;

/**
 * A person of the organisation as the owner's staff page lists them.
 *
 * @param userId the user
 * @param name their name
 * @param email their sign-in address
 * @param role owner or staff
 * @param verified whether they have confirmed their address; an invited person has not, until they accept
 * @param you whether this is the owner looking at the list
 */
public record StaffMember(long userId, String name, String email, Role role, boolean verified, boolean you)
        implements Serializable {
}
