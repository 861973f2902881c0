package sv.gob.inpep.sesep.web.accounts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import sv.gob.inpep.sesep.accounts.boundary.Accounts;

/** "¿Olvidó su contraseña?" (/cuenta/olvido.xhtml): the same answer for any address. */
@Named
@RequestScoped
public class ForgotPasswordBacking {

    @Inject
    Accounts accounts;

    private String email;
    private boolean sent;

    public void send() {
        accounts.requestPasswordReset(email);
        sent = true;
    }

    public boolean isSent() {
        return sent;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
