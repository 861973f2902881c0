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
 * Hardening headers on every response of the web module.
 * <p>
 * The Content-Security-Policy is split in two because PrimeFaces runs in CSP mode
 * ({@code primefaces.CSP=true} in web.xml): for every Faces view it adds its own header
 * {@code script-src 'self' 'nonce-…'} and puts that nonce on each script it renders. Browsers
 * enforce every policy they receive, so this filter's policy must let those nonce scripts through
 * (hence {@code 'unsafe-inline'} in {@code script-src} here) while PrimeFaces' policy is the one
 * that shuts out any inline script without the nonce. Everything else (where content may come
 * from, framing, plugins, base and form targets) is decided here, for pages and non-Faces
 * responses alike. {@code style-src} keeps {@code 'unsafe-inline'} because PrimeFaces components
 * write {@code style} attributes.
 * <p>
 * Runs on forwards and error dispatches too: the container answers a protected URL with the
 * login page (a forward) and a denied one with the 403 page (an error dispatch) before any
 * request-dispatch filter has run.
 */
@WebFilter(filterName = "SecurityHeadersFilter", urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        chain.doFilter(request, response);
    }
}
