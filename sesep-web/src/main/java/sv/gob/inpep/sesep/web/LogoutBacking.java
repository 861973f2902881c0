package sv.gob.inpep.sesep.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * "Cerrar sesión". Logs the caller out of the Elytron domain and throws the whole session away,
 * so nothing of the previous user (view state, view-scoped beans, a ticket workspace) is left for
 * the next person at a shared counter PC. Redirects, so the home page is a fresh anonymous GET.
 */
@Named
@RequestScoped
public class LogoutBacking {

    @Inject
    FacesContext facesContext;

    public String logout() {
        ExternalContext external = facesContext.getExternalContext();
        try {
            ((HttpServletRequest) external.getRequest()).logout();
        } catch (ServletException e) {
            // The session is invalidated below anyway, which also drops the cached identity.
            Logger.getLogger(LogoutBacking.class.getName()).log(Level.WARNING, "Container logout failed", e);
        }
        external.invalidateSession();
        return "/index.xhtml?faces-redirect=true&salida=true";
    }
}
