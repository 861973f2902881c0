package sv.gob.inpep.sesep.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import sv.gob.inpep.sesep.accounts.boundary.Accounts;
import sv.gob.inpep.sesep.accounts.boundary.LoginAttempts;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where the container's FORM login meets SESEP's throttling ({@link LoginAttempts}). The
 * container checks the password itself, before any filter runs for {@code j_security_check}, so
 * this filter sits where the outcome shows:
 * <ul>
 * <li>a failed login is the container forwarding from {@code j_security_check} to the login page:
 * the failure is counted (for the name and the client address; an unknown name also costs the
 * time of a password check), and if the name is now locked for this address the page says so;</li>
 * <li>a successful one is the first request of a session that carries an identity: the account is
 * admitted once (which clears its failures, audits the login and notes the credentials the
 * session started with, for {@link CredentialsFilter}), or — when it is locked, even
 * though the password was right — logged out again at once and sent to the login page with the
 * lockout message, before any page of SESEP is served.</li>
 * </ul>
 * Declared in web.xml, after {@link ClientAddressFilter} and before every other filter.
 */
public class LoginGuardFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(LoginGuardFilter.class.getName());

    /** Request attribute the login page reads: the name just typed is locked. */
    public static final String LOCKED = "sesepLoginLocked";
    /** Page the container's FORM login shows (web.xml login-config). */
    static final String LOGIN_PAGE = "/login.xhtml";
    static final String LOCKED_PAGE = LOGIN_PAGE + "?bloqueo=true";
    /** Session attribute: the user name this session's login was admitted for. */
    static final String ADMITTED = LoginGuardFilter.class.getName() + ".admitted";

    @Inject
    LoginAttempts loginAttempts;

    @Inject
    Accounts accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.FORWARD) {
            if (isFailedLogin(request) && failureLocks(request.getParameter("j_username"), request.getParameter("j_password"))) {
                request.setAttribute(LOCKED, Boolean.TRUE);
            }
            chain.doFilter(request, response);
            return;
        }
        String user = request.getRemoteUser();
        if (user != null && !isAdmitted(request, user)) {
            if (!loginAttempts.admit()) {
                Redirects.endSessionAndGo(request, response, LOCKED_PAGE);   // the lockout message on the login page
                return;
            }
            HttpSession session = request.getSession();
            session.setAttribute(ADMITTED, user);
            // The credentials this session logged in with: a password change from now on ends it,
            // even before it opens a protected page (CredentialsFilter).
            CredentialsFilter.remember(session, accounts.credentialStamp());
        }
        chain.doFilter(request, response);
    }

    /** The container forwarding a rejected j_security_check post to the login page. */
    private static boolean isFailedLogin(HttpServletRequest request) {
        Object from = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        return from instanceof String uri && uri.endsWith("/j_security_check")
                && LOGIN_PAGE.equals(request.getServletPath()) && request.getRemoteUser() == null;
    }

    private boolean failureLocks(String username, String password) {
        try {
            return loginAttempts.recordFailure(username, password);
        } catch (RuntimeException e) {
            // Two failures for a new unknown name at the same instant: one insert loses. The login
            // was refused anyway; the page must still show.
            LOG.log(Level.WARNING, "Could not count a failed login", e);
            return false;
        }
    }

    private static boolean isAdmitted(HttpServletRequest request, String user) {
        HttpSession session = request.getSession(false);
        return session != null && user.equals(session.getAttribute(ADMITTED));
    }
}
