package sv.gob.inpep.sesep.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;

/**
 * Lets browsers keep versioned resources for a year. PrimeFaces' scripts, style sheets and fonts
 * carry their version in the URL ({@code ?ln=primefaces&v=15.0.13}): a new version is a new
 * address, so a cached copy is never stale and a repeat visit downloads only the page. Faces
 * itself would have them revalidated after a week. SESEP's own style sheet and script carry a
 * version taken from their content ({@link OwnResources}). A resource asked for without a version
 * keeps Faces' week and its validators (ETag, Last-Modified).
 */
@WebFilter(filterName = "VersionedResourceCaching", urlPatterns = "/jakarta.faces.resource/*")
public class VersionedResourceCaching extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String VERSION_PARAMETER = "v";
    static final String FOR_A_YEAR = "public, max-age=31536000, immutable";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String version = request.getParameter(VERSION_PARAMETER);
        if (version == null || version.isBlank()) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Cache-Control", FOR_A_YEAR);
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                if (!isFreshness(name)) {
                    super.setHeader(name, value);
                }
            }

            @Override
            public void addHeader(String name, String value) {
                if (!isFreshness(name)) {
                    super.addHeader(name, value);
                }
            }

            @Override
            public void setDateHeader(String name, long date) {
                if (!isFreshness(name)) {
                    super.setDateHeader(name, date);
                }
            }

            @Override
            public void addDateHeader(String name, long date) {
                if (!isFreshness(name)) {
                    super.addDateHeader(name, date);
                }
            }
        });
    }

    /** The headers by which Faces would shorten the year to its own week. */
    private static boolean isFreshness(String header) {
        return "Cache-Control".equalsIgnoreCase(header) || "Expires".equalsIgnoreCase(header);
    }
}
