package sv.gob.inpep.sesep.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import sv.gob.inpep.sesep.audit.boundary.ClientAddress;

import java.io.IOException;

/**
 * Tells the audit trail where each request came from. The address is the one the container
 * reports, which is the client's own behind a proxy only when WildFly is told to trust the proxy's
 * forwarding headers (SESEP_PROXY_FORWARDING). Declared in web.xml, first of the filters, so
 * that every later filter's audited call already has it; also on forwards, because the container
 * answers a failed login by forwarding to the login page without a request dispatch of its own.
 */
public class ClientAddressFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    ClientAddress clientAddress;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        clientAddress.set(request.getRemoteAddr());
        chain.doFilter(request, response);
    }
}
