package sv.gob.inpep.sesep.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertFalse;

/** A browser-like HTTP client for tests that only need requests and responses (no JavaScript). */
final class Http {

    /** Demo accounts from db/demo (README lists them). */
    static final String DEMO_PASSWORD = DemoAccounts.PASSWORD;
    static final String DEMO_CITIZEN = DemoAccounts.CONTRIBUTOR;

    private Http() {
    }

    static HttpClient client() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** FORM login that must succeed. */
    static void login(HttpClient client, String base, String username, String password)
            throws IOException, InterruptedException {
        HttpResponse<String> response = submitLogin(client, base, username, password);
        // On failure the container forwards to the login page again (same address, the form in the body).
        assertFalse(response.body().contains("j_security_check"), "login of " + username + " refused");
    }

    /**
     * FORM login as the container expects it: ask for a protected page, then post the form; the
     * answer is the page the login ended on, whatever the outcome.
     */
    static HttpResponse<String> submitLogin(HttpClient client, String base, String username, String password)
            throws IOException, InterruptedException {
        client.send(HttpRequest.newBuilder(URI.create(base + "/portal/inicio.xhtml")).build(),
                HttpResponse.BodyHandlers.discarding());
        String form = "j_username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&j_password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return client.send(HttpRequest.newBuilder(URI.create(base + "/j_security_check"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
