package dev.bookspace.identity;

/**
 * Sent instead of a verification link when someone signs up with an address that already has an
 * account: the sign-up page reads the same either way, and only the address's owner learns of it.
 *
 * @param to the account's address
 * @param name whom to greet
 * @param signInLink the sign-in page
 * @param resetLink the page that mails a new password link
 */
public record AccountExistsMail(String to, String name, String signInLink, String resetLink) {
}
