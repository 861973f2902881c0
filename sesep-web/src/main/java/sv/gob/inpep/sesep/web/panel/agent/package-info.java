/**
 * The agent's screen, "Atención al Usuario" (/panel/agente/atencion.xhtml): the desk (gestor data,
 * status, "Cambiar a disponible") and the workspace of the ticket in attention, plus the servlet
 * that opens the ticket's files in a new tab and the desk watch ({@link DeskWatch}).
 * <p>
 * Decisions: the manual's windows are panels opened by server-side state, not client dialogs,
 * because pages carry no inline JavaScript (CSP). The desk watch is the session's heartbeat: the
 * page keeps one small request waiting on the server, answered when its desk changes, and only
 * then redraws the desk by a JSF postback (PollBench compares it with the former 3-second JSF poll).
 * The redraw touches the workspace only when the ticket changed, so text
 * being typed is never wiped.
 */
package sv.gob.inpep.sesep.web.panel.agent;
