package sv.gob.inpep.sesep.web.portal.requests;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import sv.gob.inpep.sesep.NotFound;
import sv.gob.inpep.sesep.documents.boundary.FileContent;
import sv.gob.inpep.sesep.requests.boundary.RequestTracking;
import sv.gob.inpep.sesep.web.Downloads;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The citizen's downloads: /portal/archivos/comprobante/{id} (Comprobante or ticket PDF),
 * /documento/{id} (a document they attached) and /respuesta/{id} (the institute's answer). Under
 * /portal, so only citizens get here (web.xml); whose file it is, the boundary decides, and
 * anything not theirs is a plain 404, the same as a file that does not exist.
 */
@WebServlet(name = "PortalFilesServlet", urlPatterns = "/portal/archivos/*")
public class PortalFilesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/(comprobante|documento|respuesta)/(\\d{1,18})");

    @Inject
    transient RequestTracking tracking;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!path.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long id = Long.parseLong(path.group(2));
        FileContent file;
        try {
            file = switch (path.group(1)) {
                case "comprobante" -> tracking.receipt(id);
                case "documento" -> tracking.document(id);
                default -> tracking.response(id);
            };
        } catch (NotFound e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Downloads.send(response, file);
    }
}
