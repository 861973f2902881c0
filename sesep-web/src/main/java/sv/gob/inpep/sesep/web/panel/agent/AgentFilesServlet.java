package sv.gob.inpep.sesep.web.panel.agent;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import sv.gob.inpep.sesep.BusinessException;
import sv.gob.inpep.sesep.tickets.boundary.FileDownload;
import sv.gob.inpep.sesep.tickets.boundary.TicketWorkspace;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Opens a file of the ticket in attention in the browser, in its own tab (activity 12):
 * {@code ?ticket=<id>&documento=<id>} for an attached document, {@code &tipo=formulario} for the
 * service's form, {@code &tipo=respuesta} for the stamped answer. Only for AGENTE (web.xml,
 * /panel/agente/*); the boundary checks that the ticket is the caller's and within their
 * competence, and anything else, guessed ids included, is a plain 404.
 */
@WebServlet("/panel/agente/archivo")
public class AgentFilesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    TicketWorkspace workspace;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long ticket = number(request.getParameter("ticket"));
        Long document = number(request.getParameter("documento"));
        String kind = request.getParameter("tipo");
        FileDownload file;
        try {
            if (ticket == null) {
                file = null;
            } else if (document != null) {
                file = workspace.document(ticket, document);
            } else if ("formulario".equals(kind)) {
                file = workspace.serviceForm(ticket);
            } else if ("respuesta".equals(kind)) {
                file = workspace.response(ticket);
            } else {
                file = null;
            }
        } catch (BusinessException notTheirs) {
            file = null;
        }
        if (file == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(file.contentType());
        response.setContentLength(file.content().length);
        response.setHeader("Content-Disposition", "inline; filename=\"" + file.fileName().replaceAll("[^A-Za-z0-9 ._-]", "_")
                + "\"; filename*=UTF-8''" + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(file.content());
    }

    private static Long number(String value) {
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
