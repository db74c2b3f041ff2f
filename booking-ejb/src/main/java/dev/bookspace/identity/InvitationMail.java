package dev.bookspace.identity;

/**
 * An invitation to mail once the transaction that made the invited user commits.
 *
 * @param to the invited address
 * @param name whom to greet
 * @param organisationName the organisation they are invited to
 * @param invitedBy the owner who invited them
 * @param owner whether they are invited as an owner rather than staff
 * @param link the single-use link where they choose a password
 */
public record InvitationMail(String to, String name, String organisationName, String invitedBy, boolean owner, String link) {
}
