package sv.gob.inpep.sesep.operations.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
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
 * and before anything else touches the database. The migrations in sesep-jpa's db/migration are
 * the only source of the schema (JPA generation is off). Demo and development data live apart, in
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

    @PostConstruct
    void migrate() {
        Map<String, String> placeholders = Map.of("binary", binaryType());
        MigrateResult schema = flyway("flyway_schema_history", "classpath:db/migration", placeholders).migrate();
        LOG.info(() -> "SESEP schema at version " + schema.targetSchemaVersion + " (" + schema.migrationsExecuted
                + " migrations applied now)");
        if (demoData) {
            MigrateResult demo = flyway("sesep_demo_history", "classpath:db/demo", placeholders)
                    .migrate();
            LOG.info(() -> "SESEP demo data at version " + demo.targetSchemaVersion + " ("
                    + demo.migrationsExecuted + " applied now)");
        }
    }

    private Flyway flyway(String historyTable, String location, Map<String, String> placeholders) {
        return Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .table(historyTable)
                .locations(location)
                .placeholders(placeholders)
                // The demo history starts on a schema that already has tables.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
    }

    /** Large binary columns: BYTEA on PostgreSQL; on H2 (PostgreSQL mode rejects the name BLOB) its large object type. */
    private String binaryType() {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            return product.toLowerCase().contains("postgres") ? "BYTEA" : "BINARY LARGE OBJECT";
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the SESEP database to migrate it", e);
        }
    }
}
