package sv.gob.inpep.sesep.web.accounts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import sv.gob.inpep.sesep.accounts.boundary.Accounts;

/**
 * The link of the verification mail (/cuenta/verificar.xhtml?token=…), spent when the page opens:
 * following the link is the proof. A refused link shows why (invalid, used, expired) and what to
 * do next.
 */
@Named
@RequestScoped
public class VerifyEmailBacking {

    @Inject
    Accounts accounts;

    private String token;
    private boolean verified;

    public void verify() {
        accounts.verifyEmail(token);
        verified = true;
    }

    public boolean isVerified() {
        return verified;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
