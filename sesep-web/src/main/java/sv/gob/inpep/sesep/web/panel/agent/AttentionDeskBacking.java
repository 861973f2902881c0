package sv.gob.inpep.sesep.web.panel.agent;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import sv.gob.inpep.sesep.assignment.boundary.AgentDesk;
import sv.gob.inpep.sesep.assignment.boundary.AssignmentQueue;
import sv.gob.inpep.sesep.web.Durations;
import sv.gob.inpep.sesep.web.FieldMessages;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * "Atención al Usuario" (activities 1–4, 34–35): the agent's gestor data and status, "Cambiar a
 * disponible", going back to not available, "Abandonar", and the redraw the desk watch asks for
 * ({@link DeskWatch}) that brings a newly assigned ticket onto the screen without a reload.
 */
@Named
@ViewScoped
public class AttentionDeskBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AssignmentQueue queue;

    @Inject
    Clock clock;

    private AgentDesk desk;
    private String elapsed;
    private long elapsedSeconds;
    private boolean abandoning;

    @PostConstruct
    void load() {
        show(queue.current());
    }

    /** "Cambiar a disponible" (activity 1). */
    void becomeAvailable() {
        show(queue.becomeAvailable());
        FieldMessages.info(FacesContext.getCurrentInstance(), desk.hasTicket() ? "info.agent.assigned" : "info.agent.nothingWaiting",
                desk.hasTicket() ? desk.ticket().ticketNumber() : null);
    }

    public void becomeUnavailable() {
        show(queue.becomeUnavailable());
    }

    /**
     * When the desk watch saw the desk change (and by a client that still polls): the heartbeat,
     * and the hand-over of a ticket that arrived while the agent waited.
     *
     * @return whether the ticket on the desk changed, so the workspace must be redrawn
     */
    boolean poll() {
        Long before = desk.hasTicket() ? desk.ticket().ticketId() : null;
        String beforeNumber = desk.hasTicket() ? desk.ticket().ticketNumber() : null;
        show(queue.heartbeat());
        Long after = desk.hasTicket() ? desk.ticket().ticketId() : null;
        if (after != null && !after.equals(before)) {
            FieldMessages.info(FacesContext.getCurrentInstance(), "info.agent.assigned", desk.ticket().ticketNumber());
        } else if (after == null && before != null) {
            // Not the agent's own click: a supervisor released the ticket ("Liberar").
            FieldMessages.info(FacesContext.getCurrentInstance(), "info.agent.taken", beforeNumber);
        }
        return after == null ? before != null : !after.equals(before);
    }

    /** Asks for confirmation before "Abandonar". */
    public void askAbandon() {
        abandoning = true;
    }

    public void cancelAbandon() {
        abandoning = false;
    }

    /** "Abandonar" (activities 34–35). */
    void abandon() {
        abandoning = false;
        String number = desk.ticket().ticketNumber();
        show(queue.abandon(desk.ticket().ticketId()));
        FieldMessages.info(FacesContext.getCurrentInstance(), "info.agent.abandoned", number);
    }

    /** After "Cerrar Ticket": back to the initial screen. */
    void refresh() {
        show(queue.current());
    }

    private void show(AgentDesk current) {
        this.desk = current;
        this.elapsedSeconds = current.hasTicket()
                ? Duration.between(current.ticket().assignedAt(), LocalDateTime.now(clock)).toSeconds() : 0;
        this.elapsed = current.hasTicket() ? Durations.hms(elapsedSeconds) : null;
    }

    public AgentDesk getDesk() {
        return desk;
    }

    /** Attention time so far, hh:mm:ss, as of the last redraw (sesep.js counts on from there). */
    public String getElapsed() {
        return elapsed;
    }

    /** The same in seconds, for sesep.js to count on from. */
    public long getElapsedSeconds() {
        return elapsedSeconds;
    }

    /** Any other duration on the agent's page, in the timer's own hh:mm:ss. */
    public String duration(long seconds) {
        return Durations.hms(seconds);
    }

    public boolean isAbandoning() {
        return abandoning;
    }
}
