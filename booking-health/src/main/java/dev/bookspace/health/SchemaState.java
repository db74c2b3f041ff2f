package dev.bookspace.health;

import java.util.Optional;

/**
 * The schema version this deployment migrated to, as booking-ejb's migrator reports it once Flyway is done:
 * the readiness check's "migrations are done", kept here because the check cannot see the EJB module.
 */
public final class SchemaState {

    private static volatile String migratedTo;

    private SchemaState() {
    }

    public static void migratedTo(String version) {
        migratedTo = version;
    }

    static Optional<String> migratedTo() {
        return Optional.ofNullable(migratedTo);
    }
}
