package sv.gob.inpep.sesep.requests.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Absolute addresses of SESEP pages that leave the server: in e-mails and in the QR code printed
 * on receipts. They must be the public address citizens reach (behind the institute's proxy), not
 * whatever host name the node thinks it has, hence a setting: {@code sesep.public-url}
 * (environment variable SESEP_PUBLIC_URL).
 */
@ApplicationScoped
public class PortalAddresses {

    @Inject
    @ConfigProperty(name = "sesep.public-url", defaultValue = "http://localhost:8080/sesep")
    String publicUrl;

    /** The public page that checks a receipt's verification code. */
    public String verification(String code) {
        return base() + "/verificar.xhtml?codigo=" + code;
    }

    /** The citizen's list of requests. */
    public String myRequests() {
        return base() + "/portal/mis-solicitudes.xhtml";
    }

    private String base() {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }
}
