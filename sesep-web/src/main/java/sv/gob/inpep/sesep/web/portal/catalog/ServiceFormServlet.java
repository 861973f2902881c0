package sv.gob.inpep.sesep.web.portal.catalog;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import sv.gob.inpep.sesep.NotFound;
import sv.gob.inpep.sesep.catalog.boundary.ServiceCatalog;
import sv.gob.inpep.sesep.documents.boundary.FileContent;
import sv.gob.inpep.sesep.web.Downloads;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A service's downloadable form, /formularios/{serviceId}: public, like the catalogue itself. */
@WebServlet(name = "ServiceFormServlet", urlPatterns = "/formularios/*")
public class ServiceFormServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/(\\d{1,18})");

    @Inject
    transient ServiceCatalog catalog;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!path.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        FileContent form;
        try {
            form = catalog.form(Long.parseLong(path.group(1)));
        } catch (NotFound e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Downloads.send(response, form);
    }
}
