package sv.gob.inpep.sesep.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import sv.gob.inpep.sesep.accounts.boundary.Accounts;

import java.io.IOException;

/**
 * Ends every session of an account whose credentials changed after the session began: a password
 * changed elsewhere or reset through a mailed link (so whoever knew the old one is out at their
 * next click), or an account an administrator disabled. The session keeps the fingerprint
 * ({@link Accounts#credentialStamp}) it logged in with, noted by {@link LoginGuardFilter} on the
 * first request after the login, so that a session that had not opened a protected page yet when
 * the password changed is ended too; each request to a protected area compares
 * it with the account's current one (one indexed query) and, when they differ, ends the session
 * and sends the person to log in again, also from an Ajax click. The session in which the person
 * changed their own password takes the new fingerprint ({@link #remember}) and goes on.
 */
@WebFilter(filterName = "CredentialsFilter", urlPatterns = {"/portal/*", "/panel/*", "/cuenta/contrasena.xhtml"}, asyncSupported = true)
public class CredentialsFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String STAMP = "sesep.credentials";
    /** The signed-in person's full name, read once per session for the page header ({@link CurrentUser}); + user name. */
    static final String FULL_NAME = "sesep.fullName.";
    static final String ENDED_PAGE = BusinessExceptionHandler.EXPIRED_PAGE + "?motivo=credenciales";

    @Inject
    Accounts accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (request.getUserPrincipal() == null || session == null) {
            chain.doFilter(request, response);
            return;
        }
        String current = accounts.credentialStamp();
        Object started = session.getAttribute(STAMP);
        if (started != null && !started.equals(current)) {
            Redirects.endSessionAndGo(request, response, ENDED_PAGE);
            return;
        }
        if (started == null) {
            session.setAttribute(STAMP, current); // a session the login guard has not seen (none should be)
        }
        String fullName = FULL_NAME + request.getRemoteUser();
        if (session.getAttribute(fullName) == null) {
            session.setAttribute(fullName, accounts.callerFullName());
        }
        chain.doFilter(request, response);
    }

    /** After the person changed their own password: this session goes on with the new fingerprint. */
    public static void remember(HttpSession session, String stamp) {
        session.setAttribute(STAMP, stamp);
    }
}
