package sv.gob.inpep.sesep.operations.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import sv.gob.inpep.sesep.Resources;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Brings the database schema to the version this build expects, when the application is deployed
 * and before anything else touches the database. The migrations in sesep-jpa's db/migration (and,
 * on PostgreSQL, db/migration-postgresql) are the only source of the schema (JPA generation is
 * off). Demo and development data live apart, in
 * db/demo with their own history table, and are applied only when {@code sesep.demo-data} (env
 * SESEP_DEMO_DATA) is true, so a production database never receives them.
 * <p>
 * Flyway commits its own work, so this bean manages no container transaction. Several cluster
 * nodes starting at once are safe: Flyway serialises them with a database lock.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrations {

    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

    @Resource(lookup = Resources.DATASOURCE)
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "sesep.demo-data", defaultValue = "false")
    boolean demoData;

    /**
     * Returns once the schema is current. The container lets no call into a singleton before its
     * {@code @PostConstruct} has finished, so a timer that fires while a first deployment is still
     * migrating waits here instead of failing on tables that do not exist yet.
     */
    @Lock(LockType.READ)
    @PermitAll
    public void awaitCurrentSchema() {
        // The wait is the container's; there is nothing else to do.
    }

    @PostConstruct
    void migrate() {
        boolean postgresql = isPostgresql();
        Map<String, String> placeholders = Map.of("binary", postgresql ? "BYTEA" : "BINARY LARGE OBJECT");
        String[] schemaLocations = postgresql
                ? new String[] {"classpath:db/migration", "classpath:db/migration-postgresql"}
                : new String[] {"classpath:db/migration"};
        MigrateResult schema = flyway("flyway_schema_history", placeholders, schemaLocations).migrate();
        LOG.info(() -> "SESEP schema at version " + schema.targetSchemaVersion + " (" + schema.migrationsExecuted
                + " migrations applied now)");
        if (demoData) {
            MigrateResult demo = flyway("sesep_demo_history", placeholders, "classpath:db/demo").migrate();
            LOG.info(() -> "SESEP demo data at version " + demo.targetSchemaVersion + " ("
                    + demo.migrationsExecuted + " applied now)");
        }
    }

    private Flyway flyway(String historyTable, Map<String, String> placeholders, String... locations) {
        return Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .table(historyTable)
                .locations(locations)
                .placeholders(placeholders)
                // The demo history starts on a schema that already has tables.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
    }

    /**
     * PostgreSQL or not (H2). The few differences: large binary columns are BYTEA on PostgreSQL and
     * H2's large object type on H2 (its PostgreSQL mode rejects the name BLOB), and the migrations
     * in db/migration-postgresql (vacuum settings) run on PostgreSQL only; their versions sit
     * between the common ones (V15_1 after V15).
     */
    private boolean isPostgresql() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the SESEP database to migrate it", e);
        }
    }
}
