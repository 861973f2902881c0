package sv.gob.inpep.sesep.web.panel.agent;

import jakarta.inject.Inject;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import sv.gob.inpep.sesep.assignment.boundary.AssignmentQueue;

import java.io.IOException;

/**
 * The agent's page waiting for its desk to change: {@code GET ?visto=<state>} with the state the
 * page shows ({@code AgentDesk.state()}, e.g. {@code AVAILABLE:}). The request is the heartbeat
 * and a hand-over round ({@link AssignmentQueue#pulse}); it is answered with the desk's state at
 * once when that differs, else when it changes or after {@link DeskWatch#WAIT_MILLIS} ({@link
 * DeskWatch}). The page then redraws itself by a JSF postback only when the state differs.
 * <p>
 * Only for AGENTE (web.xml, /panel/agente/*, and the boundary's role); the desk is always the
 * signed-in agent's own: nothing in the request names whose.
 */
@WebServlet(urlPatterns = "/panel/agente/escritorio", asyncSupported = true)
public class DeskWatchServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    AssignmentQueue queue;

    @Inject
    DeskWatch watch;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        String seen = request.getParameter("visto");
        String state = queue.pulse();
        if (!state.equals(seen)) {
            response.getWriter().write(state);
            return;
        }
        AsyncContext waiting = request.startAsync();
        watch.await(waiting, request.getUserPrincipal().getName(), state);
    }
}
