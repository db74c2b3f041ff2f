package dev.bookspace.integration;

/**
 * An owner revoked a key; observed once the revocation commits.
 *
 * @param keyId the key
 */
public record ApiKeyRevoked(long keyId) {
}
