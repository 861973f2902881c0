package sv.gob.inpep.sesep.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Logging in through the container's FORM login over plain HTTP, and telling how it ended. */
final class Logins {

    enum Outcome {
        /** Signed in: the portal page was served. */
        ADMITTED,
        /** The login page with the usual "No fue posible iniciar sesión". */
        REFUSED,
        /** The login page with the lockout message. */
        LOCKED
    }

    private Logins() {
    }

    /** Asks for the portal (the container shows the login form), posts the form, reads the page it ends on. */
    static Outcome attempt(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> response = Http.submitLogin(Http.client(), Ports.base(), username, password);
        String page = response.body();
        if (page.contains("id=\"login-locked\"")) {
            return Outcome.LOCKED;
        }
        if (page.contains("id=\"login-error\"") || page.contains("j_security_check")) {
            return Outcome.REFUSED;
        }
        if (!page.contains("Mis solicitudes")) {
            throw new AssertionError("neither the portal nor the login page: " + response.uri() + "\n" + page);
        }
        return Outcome.ADMITTED;
    }

    /** A page as an anonymous visitor gets it. */
    static String page(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = Http.client().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError(url + " answered " + response.statusCode());
        }
        return response.body();
    }
}
