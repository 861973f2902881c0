package sv.gob.inpep.sesep.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import sv.gob.inpep.sesep.audit.boundary.ClientAddress;

import java.io.IOException;

/**
 * Tells the audit trail where each HTTP request came from. The address is the one Undertow
 * reports, which is the client's own behind the institute's proxy when proxy forwarding is on
 * (SESEP_PROXY_FORWARDING), and never a header the client could set.
 */
@WebFilter(filterName = "ClientAddressFilter", urlPatterns = "/*")
public class ClientAddressFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ClientAddress clientAddress;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        clientAddress.set(request.getRemoteAddr());
        chain.doFilter(request, response);
    }
}
