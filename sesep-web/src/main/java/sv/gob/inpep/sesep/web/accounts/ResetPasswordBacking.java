package sv.gob.inpep.sesep.web.accounts;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import sv.gob.inpep.sesep.accounts.boundary.Accounts;

import java.io.Serializable;

/**
 * The link of the reset mail (/cuenta/restablecer.xhtml?token=…). The link is checked when the
 * page opens, so that an expired one says so before the person types anything, and spent only
 * when the new password is saved.
 */
@Named
@ViewScoped
public class ResetPasswordBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Accounts accounts;

    private String token;
    private String password;
    private String confirmation;
    private boolean usable;
    private boolean reset;

    public void check() {
        accounts.checkResetLink(token);
        usable = true;
    }

    public void save() {
        try {
            accounts.resetPassword(token, password, confirmation);
            reset = true;
            usable = false;
        } finally {
            password = null;
            confirmation = null;
        }
    }

    public boolean isUsable() {
        return usable;
    }

    public boolean isReset() {
        return reset;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
