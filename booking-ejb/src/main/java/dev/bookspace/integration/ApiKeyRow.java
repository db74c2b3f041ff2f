package dev.bookspace.integration;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** An API key as its owner sees it listed: never the key itself, only the start of it. */
public record ApiKeyRow(long id, String name, String prefix, OffsetDateTime createdAt, OffsetDateTime lastUsedAt,
        OffsetDateTime revokedAt) implements Serializable {

    public boolean revoked() {
        return revokedAt != null;
    }
}
