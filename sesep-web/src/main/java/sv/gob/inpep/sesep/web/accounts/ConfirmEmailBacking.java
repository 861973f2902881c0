package sv.gob.inpep.sesep.web.accounts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import sv.gob.inpep.sesep.accounts.boundary.ContactDetails;

/**
 * The link of the mail to a citizen's new address (/portal/confirmar-correo.xhtml?token=…), spent
 * when the page opens in the citizen's session: the account takes the address then. A refused
 * link shows why (invalid, used, expired).
 */
@Named
@RequestScoped
public class ConfirmEmailBacking {

    @Inject
    ContactDetails contactDetails;

    private String token;
    private String email;

    public void confirm() {
        email = contactDetails.confirmEmailChange(token);
    }

    /** The address now in use; null while the link was refused. */
    public String getEmail() {
        return email;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
