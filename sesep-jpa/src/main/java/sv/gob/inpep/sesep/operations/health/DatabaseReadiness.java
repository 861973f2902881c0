package sv.gob.inpep.sesep.operations.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import sv.gob.inpep.sesep.Resources;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Ready only while the SESEP database answers within two seconds. Reports how many e-mails the
 * outbox is retrying (the mail server failed them for a temporary reason): during a mail outage
 * they wait in the database, not in the broker's queue.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = Resources.DATASOURCE)
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(2);
            return HealthCheckResponse.named("sesep-database")
                    .status(valid)
                    .withData("database", connection.getMetaData().getDatabaseProductName())
                    .withData("notifications-retrying", valid ? retrying(connection) : -1)
                    .build();
        } catch (SQLException e) {
            return HealthCheckResponse.named("sesep-database").down().withData("error", e.getMessage()).build();
        }
    }

    /** Uses notification_due_idx (status first). */
    private static long retrying(Connection connection) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement(
                "SELECT COUNT(*) FROM notification WHERE status = 'RETRYING'");
             ResultSet rs = count.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
