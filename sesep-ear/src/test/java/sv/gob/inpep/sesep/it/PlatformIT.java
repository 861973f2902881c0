package sv.gob.inpep.sesep.it;

import jakarta.annotation.Resource;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import javax.sql.DataSource;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The platform as deployed: the EAR boots on the provisioned WildFly, the migrations built the
 * schema (and the demo data went in), the pages answer, the security constraints hold, and the
 * health endpoint sees the database and the broker.
 */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

    private static final String BASE = Ports.base();

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

    @Test
    @RunAsClient
    void metricsNeedAManagementUserWhileHealthStaysOpen() throws Exception {
        assertEquals(401, get(Ports.management() + "/metrics").statusCode(), "metrics tell an outsider too much");
        assertEquals(200, get(Ports.management() + "/health/live").statusCode(), "load balancers probe without credentials");
    }

    @Test
    @RunAsClient
    void theServerRootLeadsToSesepNotToWildFlysWelcomePage() throws Exception {
        String root = "http://127.0.0.1:" + (8080 + Ports.offset()) + "/";
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(root)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/sesep/"), response.headers().toString());
        assertEquals(200, get(root).statusCode(), "and SESEP's home answers there");
        assertTrue(get(root).body().contains("SESEP"));
        assertEquals(404, get(root + "index_noconsole.html").statusCode(), "no welcome content left");
    }

    /** No response lets an inline script run without the page's nonce: a Faces page and a plain file alike. */
    @Test
    @RunAsClient
    void theContentSecurityPolicyAllowsNoInlineScriptWithoutTheNonce() throws Exception {
        HttpResponse<String> page = get(BASE + "/login.xhtml");
        List<String> policies = page.headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), policies.toString());
        String scripts = directive(policies.get(0), "script-src");
        assertTrue(scripts.matches("script-src 'self' 'nonce-[A-Za-z0-9+/=_-]+'"), scripts);
        String nonce = scripts.substring(scripts.indexOf("'nonce-") + 7, scripts.length() - 1);
        assertTrue(page.body().contains("nonce=\"" + nonce + "\""), "PrimeFaces' scripts carry that nonce");

        HttpResponse<String> css = get(BASE + "/resources/css/sesep.css");
        assertEquals(200, css.statusCode());
        assertEquals("script-src 'self'", directive(css.headers().firstValue("Content-Security-Policy").orElseThrow(), "script-src"));
        assertFalse(css.headers().firstValue("Strict-Transport-Security").isPresent(), "no HSTS over plain HTTP");
    }

    /** Over HTTPS (here WildFly's own listener) the session cookie is Secure and the browser is told to stay on HTTPS. */
    @Test
    @RunAsClient
    void overHttpsTheSessionCookieIsSecureAndHstsIsSent() throws Exception {
        HttpResponse<String> plain = get(BASE + "/portal/inicio.xhtml");
        String plainCookie = plain.headers().firstValue("Set-Cookie").orElseThrow();
        assertFalse(plainCookie.toLowerCase(Locale.ROOT).contains("secure"), plainCookie);

        URL url = URI.create("https://localhost:" + (8443 + Ports.offset()) + "/sesep/portal/inicio.xhtml").toURL();
        HttpsURLConnection https = (HttpsURLConnection) url.openConnection();
        https.setSSLSocketFactory(trustingAnyCertificate().getSocketFactory()); // WildFly's self-signed test certificate
        https.setHostnameVerifier((host, session) -> true);
        assertEquals(200, https.getResponseCode());
        String cookie = https.getHeaderFields().get("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID")).findFirst().orElseThrow().toLowerCase(Locale.ROOT);
        assertTrue(cookie.contains("; secure") && cookie.contains("httponly") && cookie.contains("samesite=lax"), cookie);
        assertTrue(https.getHeaderField("Strict-Transport-Security").startsWith("max-age="), https.getHeaderFields().toString());
        https.disconnect();
    }

    /**
     * Login CSRF: a login form posted from another site is turned away with a Spanish message; a
     * same-site one logs in. Browsers send Origin with a POST; where one does not (an older browser,
     * a privacy extension), the Referer's scheme and host stand in for it.
     */
    @Test
    @RunAsClient
    void aLoginPostedFromAnotherSiteIsRefused() throws Exception {
        String self = "http://127.0.0.1:" + (8080 + Ports.offset());
        get(BASE + "/login.xhtml");
        for (String[] foreignHeader : new String[][] {
                {"Origin", "https://sitio-ajeno.example"},
                {"Origin", "null"},
                {"Referer", "https://sitio-ajeno.example/ingreso.html"},
                {"Referer", self + ".sitio-ajeno.example/sesep/login.xhtml"}}) {
            HttpResponse<String> foreign = postLogin(Http.client(), foreignHeader[0], foreignHeader[1]);
            assertTrue(foreign.body().contains("El formulario de ingreso fue enviado desde otro sitio"),
                    String.join(": ", foreignHeader) + " -> " + foreign.body());
            assertTrue(foreign.body().contains("j_security_check"), "not logged in");
        }
        for (String[] ownHeader : new String[][] {{"Origin", self}, {"Referer", self + "/sesep/login.xhtml"}}) {
            HttpResponse<String> own = postLogin(Http.client(), ownHeader[0], ownHeader[1]);
            assertFalse(own.body().contains("j_security_check"), String.join(": ", ownHeader) + " logs in: " + own.body());
            assertTrue(own.body().contains("Mis solicitudes"), own.body());
        }
    }

    /**
     * PrimeFaces' scripts and style sheets travel compressed and, since their URL carries the
     * version, are kept a year, as are SESEP's own, versioned by their content; the same address
     * without a version is not; pages, public or signed in, are neither compressed (they carry the
     * view state) nor kept.
     */
    @Test
    @RunAsClient
    void versionedResourcesAreCompressedAndKeptAYearPagesAreNotCompressed() throws Exception {
        HttpClient client = Http.client();
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(BASE + "/login.xhtml"))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Encoding").isEmpty(), "pages are not compressed (BREACH)");
        assertNotKept(page, "the login page");
        Matcher scriptUrl = Pattern.compile("src=\"([^\"]*components\\.js[^\"]*)\"").matcher(page.body());
        assertTrue(scriptUrl.find(), "the page loads PrimeFaces' components.js");
        assertTrue(scriptUrl.group(1).contains("v="), "its URL carries the version: " + scriptUrl.group(1));

        URI scriptAddress = URI.create(BASE).resolve(scriptUrl.group(1).replace("&amp;", "&"));
        HttpResponse<byte[]> script = client.send(HttpRequest.newBuilder(scriptAddress).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, script.statusCode());
        assertEquals("gzip", script.headers().firstValue("Content-Encoding").orElse(""), "the script is compressed");
        assertTrue(script.body().length < 200_000, "538 KB of script arrive in " + script.body().length + " bytes");
        assertEquals("public, max-age=31536000, immutable", script.headers().firstValue("Cache-Control").orElse(""));

        // SESEP's own style sheet and script: versioned by their content, so kept a year too, and a
        // release that changes them is a new address; asked for without the version, not kept a year.
        for (String own : List.of("css/sesep\\.css", "js/sesep\\.js")) {
            Matcher ownUrl = Pattern.compile("(?:href|src)=\"([^\"]*" + own + "[^\"]*)\"").matcher(page.body());
            assertTrue(ownUrl.find(), "the page loads " + own);
            String address = ownUrl.group(1).replace("&amp;", "&");
            assertTrue(address.matches(".*[?&]v=[0-9a-f]{12}$"), "versioned by its content: " + address);
            HttpResponse<String> versioned = client.send(HttpRequest.newBuilder(URI.create(BASE).resolve(address)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, versioned.statusCode(), address);
            assertEquals("public, max-age=31536000, immutable", versioned.headers().firstValue("Cache-Control").orElse(""));
            HttpResponse<String> bare = client.send(HttpRequest.newBuilder(URI.create(BASE).resolve(address.replaceAll("[?&]v=.*$", "")))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, bare.statusCode());
            assertFalse(bare.headers().firstValue("Cache-Control").orElse("").contains("31536000"),
                    "without the version it is not kept a year");
        }

        Http.login(client, BASE, Http.DEMO_CITIZEN, Http.DEMO_PASSWORD);
        HttpResponse<String> home = client.send(HttpRequest.newBuilder(URI.create(BASE + "/portal/inicio.xhtml"))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("components.js"), "the citizen's home, not the login form");
        assertTrue(home.headers().firstValue("Content-Encoding").isEmpty(), "a signed-in page is not compressed either");
        assertTrue(home.headers().firstValue("Cache-Control").orElse("").contains("no-store"), home.headers().toString());
        assertNotKept(home, "the citizen's home");
    }

    /** A page is asked for again on every visit: no lifetime, and no validator a cache could keep it by. */
    private static void assertNotKept(HttpResponse<?> page, String what) {
        String cacheControl = page.headers().firstValue("Cache-Control").orElse("");
        assertFalse(cacheControl.contains("immutable") || cacheControl.matches(".*max-age=[1-9].*"), what + ": " + cacheControl);
        assertTrue(page.headers().firstValue("ETag").isEmpty() && page.headers().firstValue("Last-Modified").isEmpty(),
                what + " carries no validator: " + page.headers().map());
    }

    private static HttpResponse<String> postLogin(HttpClient client, String header, String value) throws Exception {
        client.send(HttpRequest.newBuilder(URI.create(BASE + "/portal/inicio.xhtml")).build(), HttpResponse.BodyHandlers.discarding());
        return client.send(HttpRequest.newBuilder(URI.create(BASE + "/j_security_check"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header(header, value)
                        .POST(HttpRequest.BodyPublishers.ofString("j_username=" + Http.DEMO_CITIZEN
                                + "&j_password=" + URLEncoder.encode(Http.DEMO_PASSWORD, StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String directive(String policy, String name) {
        return Arrays.stream(policy.split(";")).map(String::strip).filter(d -> d.startsWith(name + " "))
                .findFirst().orElseThrow(() -> new AssertionError("no " + name + " in " + policy));
    }

    private static SSLContext trustingAnyCertificate() throws Exception {
        TrustManager any = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {any}, null);
        return context;
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
