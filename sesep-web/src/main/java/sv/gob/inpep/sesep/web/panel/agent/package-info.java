/**
 * The agent's screen, "Atención al Usuario" (/panel/agente/atencion.xhtml): the desk (gestor data,
 * status, "Cambiar a disponible", the poll) and the workspace of the ticket in attention, plus the
 * servlet that opens the ticket's files in a new tab.
 * <p>
 * Decisions: the manual's windows are panels opened by server-side state, not client dialogs,
 * because pages carry no inline JavaScript (CSP). The poll is the session's heartbeat and brings a
 * newly assigned ticket on screen; it redraws the workspace only when the ticket changed, so text
 * being typed is never wiped.
 */
package sv.gob.inpep.sesep.web.panel.agent;
