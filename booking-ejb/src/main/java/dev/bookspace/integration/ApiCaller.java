package dev.bookspace.integration;

import dev.bookspace.tenancy.Scope;

/**
 * Who is calling the API: one key of one organisation.
 *
 * @param keyId the key, which the rate limit counts by
 * @param keyName its name, as a booking's history names who made it
 * @param scope the organisation's integration scope
 */
public record ApiCaller(long keyId, String keyName, Scope scope) {
}
