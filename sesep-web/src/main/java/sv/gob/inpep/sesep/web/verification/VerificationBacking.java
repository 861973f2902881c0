package sv.gob.inpep.sesep.web.verification;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import sv.gob.inpep.sesep.requests.boundary.ReceiptCheck;
import sv.gob.inpep.sesep.requests.boundary.ReceiptVerification;

import java.io.Serializable;

/**
 * The public verification page the receipts' QR codes lead to ({@code /verificar.xhtml?codigo=}):
 * no login, and nothing shown beyond what the code proves.
 */
@Named
@ViewScoped
public class VerificationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ReceiptVerification verification;

    private String code;
    private ReceiptCheck check;
    private Boolean copyMatches;

    /** f:viewAction: checks the code in the address, if there is one. */
    public void verify() {
        if (code != null && !code.isBlank()) {
            check = verification.verify(code);
        }
    }

    /** The visitor's own PDF, compared byte for byte with the one issued under the code. */
    public void compare(FileUploadEvent event) {
        copyMatches = verification.matches(code, event.getFile().getContent());
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public ReceiptCheck getCheck() {
        return check;
    }

    public Boolean getCopyMatches() {
        return copyMatches;
    }
}
