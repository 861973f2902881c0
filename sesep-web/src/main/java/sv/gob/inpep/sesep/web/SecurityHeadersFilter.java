package sv.gob.inpep.sesep.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hardening headers on every response of the web module.
 * <p>
 * One Content-Security-Policy, and no inline script runs without the page's nonce. PrimeFaces runs
 * in CSP mode ({@code primefaces.CSP=true} in web.xml): for every Faces view it adds its own
 * header {@code script-src 'self' 'nonce-…'} and puts that nonce on each script it renders.
 * Browsers enforce every policy they receive, so a second policy of ours with a plain
 * {@code script-src 'self'} would block those scripts, and one with {@code 'unsafe-inline'} would
 * let any injected script through wherever PrimeFaces sends no policy. So this filter sends its
 * policy ({@code script-src 'self'}) on every response, and when PrimeFaces sets its header the
 * response wrapper replaces it by this policy with PrimeFaces' nonce added to {@code script-src}.
 * {@code style-src} keeps {@code 'unsafe-inline'} because PrimeFaces components write
 * {@code style} attributes.
 * <p>
 * On HTTPS (direct, or through the proxy's X-Forwarded-Proto when SESEP_PROXY_FORWARDING is on)
 * Strict-Transport-Security tells the browser never to use plain HTTP for this host again.
 * <p>
 * Runs on forwards and error dispatches too: the container answers a protected URL with the
 * login page (a forward) and a denied one with the 403 page (an error dispatch) before any
 * request-dispatch filter has run.
 */
@WebFilter(filterName = "SecurityHeadersFilter", urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";
    static final String SCRIPT_SRC = "script-src 'self'";
    static final String POLICY = String.join("; ",
            "default-src 'self'",
            SCRIPT_SRC,
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");
    /** A year, the value HSTS preload lists ask for. */
    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

    private static final Pattern NONCE = Pattern.compile("'nonce-[A-Za-z0-9+/=_-]+'");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader(CONTENT_SECURITY_POLICY, POLICY);
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
        chain.doFilter(request, new NoncePolicy(response));
    }

    /** This filter's policy, with the nonce of the policy PrimeFaces asks for, if it names one. */
    static String policyFor(String primeFacesPolicy) {
        Matcher nonce = NONCE.matcher(primeFacesPolicy == null ? "" : primeFacesPolicy);
        return nonce.find() ? POLICY.replace(SCRIPT_SRC, SCRIPT_SRC + " " + nonce.group()) : POLICY;
    }

    /** Turns PrimeFaces' Content-Security-Policy header into this filter's, with PrimeFaces' nonce. */
    private static final class NoncePolicy extends HttpServletResponseWrapper {

        NoncePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, CONTENT_SECURITY_POLICY.equalsIgnoreCase(name) ? policyFor(value) : value);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CONTENT_SECURITY_POLICY.equalsIgnoreCase(name)) {
                setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
