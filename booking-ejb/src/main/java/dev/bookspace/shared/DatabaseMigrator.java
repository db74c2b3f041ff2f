package dev.bookspace.shared;

import dev.bookspace.health.SchemaState;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date while the application deploys, before any service is used. Flyway
 * owns the schema; EclipseLink never generates DDL. Flyway commits its own work, so this bean
 * manages no container transaction.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrator {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Resource(lookup = "java:jboss/datasources/BookingDS")
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        Flyway flyway = Flyway.configure(DatabaseMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load();
        MigrateResult result = flyway.migrate();
        // targetSchemaVersion is null when nothing was pending; info().current() always answers.
        MigrationInfo current = flyway.info().current();
        String migratedTo = current == null ? "none" : current.getVersion().getVersion();
        // The readiness check's "migrations are done" (booking-health).
        SchemaState.migratedTo(migratedTo);
        LOG.info(() -> "Database schema at version " + migratedTo + " (" + result.migrationsExecuted + " migrations applied now)");
    }

}
