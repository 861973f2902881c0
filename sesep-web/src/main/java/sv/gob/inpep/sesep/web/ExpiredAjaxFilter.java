package sv.gob.inpep.sesep.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * An Ajax click on a protected page after the session has expired (an agent back from lunch in
 * the middle of a ticket) does not reach Faces as an expired view: the container, finding no
 * identity, answers the XHR with the login page instead. PrimeFaces would then receive a page it
 * cannot apply and the click would silently do nothing. This filter catches exactly that forward
 * and answers with a Faces partial-response redirect to the "session expired" page, whose link
 * leads to the login, after which the container returns the user to the page they were on.
 */
@WebFilter(filterName = "ExpiredAjaxFilter", urlPatterns = "/login.xhtml", dispatcherTypes = DispatcherType.FORWARD)
public class ExpiredAjaxFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"partial/ajax".equals(request.getHeader("Faces-Request"))) {
            chain.doFilter(request, response);
            return;
        }
        String target = request.getContextPath() + BusinessExceptionHandler.EXPIRED_PAGE;
        response.setContentType("text/xml");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-cache, no-store");
        response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                + target + "\"></redirect></partial-response>");
    }
}
