package sv.gob.inpep.sesep.web.panel.supervision;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import sv.gob.inpep.sesep.RuleViolation;
import sv.gob.inpep.sesep.assignment.control.HeldTickets;
import sv.gob.inpep.sesep.supervision.boundary.Board;
import sv.gob.inpep.sesep.supervision.boundary.SupervisionBoard;
import sv.gob.inpep.sesep.web.Durations;
import sv.gob.inpep.sesep.web.FieldMessages;

import java.io.Serializable;

/**
 * "Tablero de supervisión": the board, narrowed to one area or not, redrawn by the page's poll;
 * "Liberar" on an agent's ticket asks for a reason and confirmation first. A release the board
 * no longer matches (the agent closed the ticket meanwhile) is refused by the boundary with a
 * message, and the board is redrawn either way.
 */
@Named
@ViewScoped
public class SupervisionBoardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SupervisionBoard supervision;

    private Long areaId;
    private Board board;
    private Board.AgentLine releasing;
    private String reason;

    @PostConstruct
    void load() {
        refresh();
    }

    /** The poll, and the area filter. */
    public void refresh() {
        board = supervision.board(areaId);
    }

    /**
     * "Liberar" on an agent's line (request parameter {@code ticket}, the ticket as the page drew
     * it): shows the confirmation with the reason field, if that agent still holds the ticket.
     */
    public void askRelease() {
        FacesContext faces = FacesContext.getCurrentInstance();
        String ticket = faces.getExternalContext().getRequestParameterMap().get("ticket");
        refresh();
        reason = null;
        releasing = board.agents().stream()
                .filter(a -> a.holdsTicket() && String.valueOf(a.ticketId()).equals(ticket))
                .findFirst().orElse(null);
        if (releasing == null) {
            FieldMessages.info(faces, "info.supervision.gone");
        }
    }

    public void cancelRelease() {
        releasing = null;
        reason = null;
    }

    /** Confirmed: the ticket is taken from the agent. */
    public void release() {
        Board.AgentLine line = releasing;
        try {
            HeldTickets.Release release = supervision.release(line.ticketId(), reason);
            FieldMessages.info(FacesContext.getCurrentInstance(), release == HeldTickets.Release.RETURNED_TO_QUEUE
                    ? "info.supervision.returned" : "info.supervision.closed", line.ticketNumber(), line.gestorCode());
            releasing = null;
            reason = null;
        } catch (RuleViolation refused) {
            if (!"error.supervision.reasonRequired".equals(refused.getMessageKey())) {
                releasing = null;   // the board was stale: nothing left to confirm
            }
            throw refused;
        } finally {
            refresh();
        }
    }

    /** hh:mm:ss, for the durations on the board. */
    public String duration(long seconds) {
        return Durations.hms(seconds);
    }

    public Board getBoard() {
        return board;
    }

    public Long getAreaId() {
        return areaId;
    }

    public void setAreaId(Long areaId) {
        this.areaId = areaId;
    }

    public Board.AgentLine getReleasing() {
        return releasing;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
