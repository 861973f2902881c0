package sv.gob.inpep.sesep.web.panel.agent;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import sv.gob.inpep.sesep.tickets.boundary.TicketWorkspace;
import sv.gob.inpep.sesep.tickets.boundary.TransferTarget;
import sv.gob.inpep.sesep.tickets.boundary.Transferred;
import sv.gob.inpep.sesep.web.FieldMessages;

import java.io.Serializable;
import java.util.List;

/**
 * "Trasladar": the dialog in which the agent sends the request in attention to another service,
 * with a reason, instead of observing or denying it; afterwards the agent is back at the initial
 * screen, as after "Cerrar Ticket".
 */
@Named
@ViewScoped
public class TicketTransferBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TicketWorkspace workspace;

    @Inject
    TicketWorkspaceBacking ticket;

    @Inject
    AttentionDeskBacking desk;

    private boolean open;
    private List<TransferTarget> targets = List.of();
    private Long serviceId;
    private String reason;

    /** Opens the dialog with the services the request may go to. */
    public void start() {
        targets = workspace.transferTargets(ticket.getTicketId());
        serviceId = null;
        reason = null;
        open = true;
    }

    public void cancel() {
        open = false;
    }

    /** Confirmed: the request goes to the chosen service, the agent's ticket is closed. */
    public void confirm() {
        Transferred done = workspace.transfer(ticket.getTicketId(), serviceId, reason);
        open = false;
        desk.refresh();
        ticket.load();
        FieldMessages.info(FacesContext.getCurrentInstance(), "info.agent.transferred", done.seiNumber(),
                done.serviceName(), done.areaName(), done.ticketNumber());
    }

    public boolean isOpen() {
        return open;
    }

    public List<TransferTarget> getTargets() {
        return targets;
    }

    public Long getServiceId() {
        return serviceId;
    }

    public void setServiceId(Long serviceId) {
        this.serviceId = serviceId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
