package dev.bookspace.identity;

/**
 * A verification link to mail once the transaction that made it commits.
 *
 * @param to the address to verify
 * @param name whom to greet
 * @param link the single-use link
 */
public record VerificationMail(String to, String name, String link) {
}
