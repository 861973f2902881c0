package sv.gob.inpep.sesep.web.accounts;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import sv.gob.inpep.sesep.accounts.boundary.Accounts;
import sv.gob.inpep.sesep.web.CredentialsFilter;

import java.io.Serializable;

/** "Cambiar contraseña" (/cuenta/contrasena.xhtml) for whoever is signed in; no password outlives the request. */
@Named
@ViewScoped
public class ChangePasswordBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Accounts accounts;

    private String current;
    private String password;
    private String confirmation;
    private boolean changed;

    public void save() {
        try {
            accounts.changePassword(current, password, confirmation);
            changed = true;
            CredentialsFilter.remember((HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(true),
                    accounts.credentialStamp());
        } finally {
            current = null;
            password = null;
            confirmation = null;
        }
    }

    public boolean isChanged() {
        return changed;
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
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
