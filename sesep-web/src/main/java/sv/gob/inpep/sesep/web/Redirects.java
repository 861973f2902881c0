package sv.gob.inpep.sesep.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sending a browser elsewhere from a filter, for page requests and for PrimeFaces Ajax clicks
 * alike: an Ajax request cannot follow an HTTP redirect, so it gets a JSF partial-response
 * redirect instead. Also ending the session first, for the filters that put someone out.
 */
final class Redirects {

    private static final Logger LOG = Logger.getLogger(Redirects.class.getName());

    private Redirects() {
    }

    /** Redirects to {@code path} (inside the application). */
    static void to(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        String target = request.getContextPath() + path;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.setHeader("Cache-Control", "no-cache, no-store");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + target.replace("&", "&amp;") + "\"></redirect></partial-response>");
        } else {
            response.sendRedirect(target);
        }
    }

    /** Logs the caller out, ends the session and redirects to {@code path}. */
    static void endSessionAndGo(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        try {
            request.logout();
        } catch (ServletException e) {
            LOG.log(Level.WARNING, "Container logout failed; the session is invalidated anyway", e);
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        to(request, response, path);
    }
}
