package sv.gob.inpep.sesep.it;

import jakarta.annotation.Resource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The platform as deployed: the EAR boots on the provisioned WildFly, the migrations built the
 * schema (and the demo data went in), the pages answer, the security constraints hold, and the
 * health endpoint sees the database and the broker.
 */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

    private static final String BASE = Ports.base();

    @Deployment
    static EnterpriseArchive deployment() {
        return SesepDeployment.ear();
    }

    @Resource(lookup = "java:jboss/datasources/SesepDS")
    DataSource dataSource;

    @Test
    void migrationsBuiltTheSchemaAndLoadedTheDemoData() throws SQLException {
        assertEquals(0, count("SELECT COUNT(*) FROM flyway_schema_history WHERE success = FALSE"));
        assertTrue(count("SELECT COUNT(*) FROM flyway_schema_history WHERE version = '1'") == 1,
                "schema migration V1 recorded");
        assertEquals(2, count("SELECT COUNT(*) FROM management_area"));
        assertTrue(count("SELECT COUNT(*) FROM catalog_service") >= 12, "at least 12 services");
        assertTrue(count("SELECT COUNT(*) FROM affiliate") >= 200, "at least 200 affiliates");
        assertTrue(count("SELECT COUNT(*) FROM agent") >= 6, "at least 6 agents");
        assertTrue(count("SELECT COUNT(*) FROM agent_type") >= 3, "at least 3 agent types");
        assertTrue(count("SELECT COUNT(*) FROM mail_template") >= 7, "mail templates (production data)");
    }

    /** PostgreSQL vacuums the queue's tables soon and with their indexes (db/migration-postgresql). */
    @Test
    void onPostgresqlTheQueueTablesHaveTheirOwnVacuumRule() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean postgresql = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            assertEquals(postgresql ? 1 : 0, count("SELECT COUNT(*) FROM flyway_schema_history WHERE version = '15.1'"));
            if (postgresql) {
                try (Statement statement = connection.createStatement();
                     ResultSet rows = statement.executeQuery("SELECT array_to_string(reloptions, ',') FROM pg_class"
                             + " WHERE relname = 'ticket' AND relkind = 'r'")) {
                    assertTrue(rows.next());
                    String options = rows.getString(1);
                    assertTrue(options.contains("autovacuum_vacuum_threshold=1000") && options.contains("vacuum_index_cleanup=on")
                            && options.contains("autovacuum_vacuum_scale_factor=0"), options);
                }
            }
        }
    }

    @Test
    @RunAsClient
    void publicPagesAnswer() throws Exception {
        assertEquals(200, get(BASE + "/").statusCode());
        HttpResponse<String> login = get(BASE + "/login.xhtml");
        assertEquals(200, login.statusCode());
        assertTrue(login.body().contains("j_security_check"), "login form posts to the container");
    }

    @Test
    @RunAsClient
    void protectedAreasSendAnonymousUsersToTheLoginForm() throws Exception {
        for (String area : new String[] {"/portal/inicio.xhtml", "/panel/agente/atencion.xhtml",
                "/panel/supervision/tablero.xhtml", "/panel/admin/catalogo.xhtml"}) {
            HttpResponse<String> response = get(BASE + area);
            assertEquals(200, response.statusCode(), area);
            assertTrue(response.body().contains("j_security_check"), area + " shows the login form, not the page");
        }
    }

    @Test
    @RunAsClient
    void aUserWithoutTheRoleIsForbidden() throws Exception {
        HttpClient client = Http.client();
        Http.login(client, BASE, Http.DEMO_CITIZEN, Http.DEMO_PASSWORD);
        HttpResponse<String> portal = client.send(HttpRequest.newBuilder(URI.create(BASE + "/portal/inicio.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, portal.statusCode());
        HttpResponse<String> admin = client.send(HttpRequest.newBuilder(URI.create(BASE + "/panel/admin/catalogo.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, admin.statusCode());
    }

    @Test
    @RunAsClient
    void healthReportsDatabaseAndBroker() throws Exception {
        HttpResponse<String> ready = get(Ports.management() + "/health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("sesep-database"), ready.body());
        assertTrue(ready.body().contains("sesep-broker"), ready.body());
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return Http.client().send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
