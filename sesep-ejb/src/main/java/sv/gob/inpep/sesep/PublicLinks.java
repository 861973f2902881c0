package sv.gob.inpep.sesep;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * The one place that knows SESEP's public address: the links e-mails carry back into SESEP and the
 * QR code printed on receipts. Built from the configured public address
 * ({@code sesep.public-url}, env {@code SESEP_PUBLIC_URL}), never from the Host header of the
 * request that triggered the mail: a reset requested with a forged Host header would otherwise
 * mail the victim a genuine token inside a link to the forger's site. Unset, it is this server's
 * own HTTP port on the loopback address (8080 plus WildFly's port offset), which is right for a
 * developer's machine and the tests only.
 */
@ApplicationScoped
public class PublicLinks {

    static final String VERIFY_PAGE = "/cuenta/verificar.xhtml?token=";
    static final String RESET_PAGE = "/cuenta/restablecer.xhtml?token=";
    static final String EMAIL_CHANGE_PAGE = "/portal/confirmar-correo.xhtml?token=";

    @Inject
    @ConfigProperty(name = "sesep.public-url")
    Optional<String> publicUrl;

    public String emailVerification(String token) {
        return base() + VERIFY_PAGE + token;
    }

    public String passwordReset(String token) {
        return base() + RESET_PAGE + token;
    }

    /** The link that proves a citizen's new address; opened in the citizen's own session. */
    public String emailChange(String token) {
        return base() + EMAIL_CHANGE_PAGE + token;
    }

    /** The public page that checks a receipt's verification code (the QR on Annex 1 and 2). */
    public String receiptVerification(String code) {
        return base() + "/verificar.xhtml?codigo=" + code;
    }

    /** The page where anyone who lost access asks for a reset link. */
    public String forgotPassword() {
        return base() + "/cuenta/olvido.xhtml";
    }

    /** The citizen's list of requests. */
    public String myRequests() {
        return base() + "/portal/mis-solicitudes.xhtml";
    }

    /** The citizen's page of one request, where a closed request is rated. */
    public String request(long requestId) {
        return base() + "/portal/solicitud.xhtml?id=" + requestId;
    }

    /** The Jefaturas' list of tickets at risk of missing their target. */
    public String ticketsAtRisk() {
        return base() + "/panel/supervision/riesgo.xhtml";
    }

    String base() {
        String url = publicUrl.filter(u -> !u.isBlank()).orElseGet(PublicLinks::localDefault).strip();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static String localDefault() {
        int port = Integer.getInteger("jboss.http.port", 8080) + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        return "http://127.0.0.1:" + port + "/sesep";
    }
}
