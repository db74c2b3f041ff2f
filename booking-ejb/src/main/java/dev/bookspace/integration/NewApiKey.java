package dev.bookspace.integration;

import java.io.Serializable;

/**
 * A key just created: the one moment its whole value is known outside the caller's systems.
 *
 * @param key the value to send as {@code Authorization: Bearer <key>}
 * @param row how it will be listed from now on
 */
public record NewApiKey(String key, ApiKeyRow row) implements Serializable {
}
