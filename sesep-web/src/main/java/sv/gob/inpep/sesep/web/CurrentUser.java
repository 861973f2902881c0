package sv.gob.inpep.sesep.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import sv.gob.inpep.sesep.accounts.boundary.Accounts;

/**
 * Who is looking at the page, as the layout needs it to choose menus and the welcome text.
 * Identity and roles always come from the container; role names are those of the Elytron domain
 * {@code sesep} and of web.xml.
 */
@Named
@RequestScoped
public class CurrentUser {

    static final String CITIZEN = "CIUDADANO";
    static final String AGENT = "AGENTE";
    static final String SUPERVISOR = "SUPERVISOR";
    static final String ADMIN = "ADMIN";

    @Inject
    FacesContext facesContext;

    @Inject
    Accounts accounts;

    private String fullName;

    public boolean isAuthenticated() {
        return external().getUserPrincipal() != null;
    }

    /** The login name: the DUI for citizens, the account name for staff. */
    public String getName() {
        return external().getRemoteUser();
    }

    /**
     * The person's full name, as the header greets them: kept in the session by
     * {@link CredentialsFilter} on the protected pages, asked once per request elsewhere.
     */
    public String getFullName() {
        if (fullName == null && isAuthenticated()) {
            Object kept = external().getSessionMap().get(CredentialsFilter.FULL_NAME + getName());
            fullName = kept != null ? kept.toString() : accounts.callerFullName();
        }
        return fullName;
    }

    public boolean isCitizen() {
        return external().isUserInRole(CITIZEN);
    }

    public boolean isAgent() {
        return external().isUserInRole(AGENT);
    }

    public boolean isSupervisor() {
        return external().isUserInRole(SUPERVISOR);
    }

    public boolean isAdmin() {
        return external().isUserInRole(ADMIN);
    }

    /** Any back-office role: the ones that may open the panel. */
    public boolean isStaff() {
        return isAgent() || isSupervisor() || isAdmin();
    }

    private ExternalContext external() {
        return facesContext.getExternalContext();
    }
}
