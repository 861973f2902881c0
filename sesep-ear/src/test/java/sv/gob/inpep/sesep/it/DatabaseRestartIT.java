package sv.gob.inpep.sesep.it;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A database restart needs no server restart: when PostgreSQL drops every connection SESEP holds
 * (a restart, a failover; here pg_terminate_backend from outside the server, which the tests' own
 * role may do to its own sessions), the pool must not hand the dead ones out again. The first
 * login and pages after it succeed, and readiness stays UP. PostgreSQL only: the embedded H2 has
 * no connection to lose.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DatabaseRestartIT {

    private static final String BASE = Ports.base();
    private static final String DB_URL = System.getProperty("sesep.it.db.url", "");
    private static final String DATABASE = DB_URL.substring(DB_URL.lastIndexOf('/') + 1);
    /** A page that reads the citizen's requests from the database on every visit. */
    private static final String MY_REQUESTS = "/portal/mis-solicitudes.xhtml";
    private static final String MY_REQUESTS_HEADING = "<h1>Mis solicitudes</h1>";
    private static final String FORGOT = "/cuenta/olvido.xhtml";
    private static final Pattern HIDDEN_INPUT = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>");
    private static final Pattern NAME = Pattern.compile("name=\"([^\"]+)\"");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");
    private static final Pattern CSP_NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    @Test
    void theFirstRequestsAfterEveryConnectionWasDroppedSucceed() throws Exception {
        assumeTrue(DB_URL.startsWith("jdbc:postgresql:"), "PostgreSQL only");
        // A citizen's session before the outage: the pool holds connections that were used.
        HttpClient before = Http.client();
        Http.login(before, BASE, Http.DEMO_CITIZEN, Http.DEMO_PASSWORD);
        assertTrue(page(before, MY_REQUESTS).body().contains(MY_REQUESTS_HEADING), "Mis solicitudes before the outage");

        int terminated = dropEveryConnectionOfThisDatabase();
        assertTrue(terminated >= 1, "the server held connections to drop, dropped " + terminated);

        // The very first request after it is a login (the security realm reads the database) ...
        HttpClient after = Http.client();
        Http.login(after, BASE, Http.DEMO_CITIZEN, Http.DEMO_PASSWORD);
        // ... then pages of both sessions, several times: no dead connection is handed out.
        for (int i = 0; i < 5; i++) {
            for (HttpClient client : new HttpClient[] {after, before}) {
                HttpResponse<String> requests = page(client, MY_REQUESTS);
                assertEquals(200, requests.statusCode(), requests.body());
                assertTrue(requests.body().contains(MY_REQUESTS_HEADING), "Mis solicitudes after the outage");
            }
        }
        HttpResponse<String> ready = Http.client().send(HttpRequest.newBuilder(URI.create(Ports.management() + "/health/ready"))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ready.statusCode(), ready.body());
    }

    /**
     * While the database refuses every connection, an action that must write (here "¿Olvidó su
     * contraseña?") keeps the person on the page and says in Spanish that nothing was saved, instead
     * of the incident page; once the database is back the same page works.
     */
    @Test
    void anActionDuringAnOutageSaysNothingWasSaved() throws Exception {
        assumeTrue(DB_URL.startsWith("jdbc:postgresql:"), "PostgreSQL only");
        HttpClient citizen = Http.client();
        HttpResponse<String> form = page(citizen, FORGOT);
        assertEquals(200, form.statusCode());
        HttpResponse<String> answer;
        try {
            acceptConnections(false);
            dropEveryConnectionOfThisDatabase();
            answer = submitForgot(citizen, form.body());
        } finally {
            acceptConnections(true);
        }
        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("No se guardó nada: el sistema no puede conectarse a su base de datos"),
                "the outage is told in Spanish on the same page: " + answer.body());
        assertTrue(answer.body().contains("forgotForm"), "the person stays on the form");

        HttpResponse<String> again = submitForgot(citizen, page(citizen, FORGOT).body());
        assertTrue(again.statusCode() == 200 && !again.body().contains("No se guardó nada"),
                "once the database is back the same action works: " + again.body());
    }

    /** Posts the form as a browser would: its hidden fields (the view state), the CSP nonce, the address, the button. */
    private static HttpResponse<String> submitForgot(HttpClient client, String formPage) throws Exception {
        StringBuilder body = new StringBuilder("forgotForm%3Aemail=")
                .append(URLEncoder.encode("jose.martinez@sesep.example", StandardCharsets.UTF_8))
                .append("&forgotForm%3Asend=forgotForm%3Asend");
        int start = formPage.indexOf("<form id=\"forgotForm\"");
        assertTrue(start >= 0, "the page has the form");
        Matcher hidden = HIDDEN_INPUT.matcher(formPage.substring(start, formPage.indexOf("</form>", start)));
        int fields = 0;
        while (hidden.find()) {
            Matcher name = NAME.matcher(hidden.group());
            Matcher value = VALUE.matcher(hidden.group());
            if (name.find()) {
                body.append('&').append(URLEncoder.encode(name.group(1), StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(value.find() ? value.group(1).replace("&#58;", ":") : "", StandardCharsets.UTF_8));
                fields++;
            }
        }
        assertTrue(fields >= 2, "the form carries its view state and the other hidden fields");
        // PrimeFaces' script adds its CSP nonce to every form in the browser; a postback without it is refused.
        Matcher nonce = CSP_NONCE.matcher(formPage);
        assertTrue(nonce.find(), "the page initialises PrimeFaces' CSP nonce");
        body.append("&primefaces.nonce=").append(URLEncoder.encode(nonce.group(1), StandardCharsets.UTF_8));
        return client.send(HttpRequest.newBuilder(URI.create(BASE + FORGOT)).timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Origin", URI.create(BASE).resolve("/").toString().replaceAll("/$", ""))
                        .header("Referer", BASE + FORGOT)
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Every session the server holds on this database, as a restart would end them. */
    private static int dropEveryConnectionOfThisDatabase() throws SQLException {
        try (Connection connection = administration();
             PreparedStatement statement = connection.prepareStatement("SELECT COUNT(pg_terminate_backend(pid))"
                     + " FROM pg_stat_activity WHERE datname = ? AND usename = current_user AND pid <> pg_backend_pid()")) {
            statement.setString(1, DATABASE);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    /** The database's owner may close it to new connections, and open it again, from another database. */
    private static void acceptConnections(boolean allow) throws SQLException {
        try (Connection connection = administration(); Statement statement = connection.createStatement()) {
            statement.execute("ALTER DATABASE \"" + DATABASE + "\" ALLOW_CONNECTIONS " + allow);
        }
    }

    /** The tests' role on the server's maintenance database, which stays open while the test database is closed. */
    private static Connection administration() throws SQLException {
        return DriverManager.getConnection(DB_URL.substring(0, DB_URL.lastIndexOf('/') + 1) + "postgres",
                System.getProperty("sesep.it.db.user"), System.getProperty("sesep.it.db.password"));
    }

    private static HttpResponse<String> page(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
