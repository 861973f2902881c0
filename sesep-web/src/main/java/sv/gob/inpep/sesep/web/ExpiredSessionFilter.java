package sv.gob.inpep.sesep.web;

import jakarta.faces.render.ResponseStateManager;
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
 * A click on a protected page after the session has expired (an agent back from lunch in the
 * middle of a ticket) never reaches Faces as an expired view: the container finds no identity,
 * remembers the POST and shows the login page in its place. For an Ajax click PrimeFaces gets a
 * page it cannot apply and nothing visible happens; and after the next login the container
 * replays the remembered POST, which shows the raw Ajax XML or, for a full submit, an expired
 * view. So when the container forwards a Faces postback to the login page, this filter drops the
 * session that only holds that remembered POST and sends the user to the "session expired" page
 * instead (as a partial-response redirect for Ajax), whose link leads to a fresh login.
 */
@WebFilter(filterName = "ExpiredSessionFilter", urlPatterns = "/login.xhtml", dispatcherTypes = DispatcherType.FORWARD)
public class ExpiredSessionFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getParameter(ResponseStateManager.VIEW_STATE_PARAM) == null) {
            chain.doFilter(request, response); // a plain request for a protected page, or a failed login
            return;
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        String target = request.getContextPath() + BusinessExceptionHandler.EXPIRED_PAGE;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.setHeader("Cache-Control", "no-cache, no-store");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + target + "\"></redirect></partial-response>");
        } else {
            response.sendRedirect(target);
        }
    }
}
