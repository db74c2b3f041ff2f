package dev.bookspace.identity;

/**
 * A password reset link to mail once the transaction that made it commits.
 *
 * @param to the account's address
 * @param name whom to greet
 * @param link the single-use link
 */
public record PasswordResetMail(String to, String name, String link) {
}
