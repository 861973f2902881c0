package sv.gob.inpep.sesep.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;

/**
 * An Ajax click on a protected page after the session has expired (an agent back from lunch in
 * the middle of a ticket) never reaches Faces as an expired view: the container finds no
 * identity, remembers the request and answers the XHR with the login page. PrimeFaces cannot
 * apply that, so nothing visible happens; and after the next login the container would replay the
 * remembered Ajax POST and the browser would show raw partial-response XML. So when the container
 * forwards an Ajax request to the login page, this filter drops the new session that only holds
 * the remembered request and answers with a partial-response redirect to the "session expired"
 * page, whose link leads to a fresh login.
 * <p>
 * Detected by the {@code Faces-Request} header, not by the view-state parameter: the container
 * has already consumed the POST body to remember it, so no form parameter is readable here.
 * A non-Ajax submit after expiry needs no help: the login page is a normal page, and the replayed
 * POST after login ends, at worst, on the "session expired" page through the exception handler.
 */
@WebFilter(filterName = "ExpiredSessionFilter", urlPatterns = "/login.xhtml", dispatcherTypes = DispatcherType.FORWARD)
public class ExpiredSessionFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"partial/ajax".equals(request.getHeader("Faces-Request"))) {
            chain.doFilter(request, response); // a page request or a failed login: show the login page
            return;
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        Redirects.to(request, response, BusinessExceptionHandler.EXPIRED_PAGE);
    }
}
