package sv.gob.inpep.sesep.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import sv.gob.inpep.sesep.catalog.entity.CatalogService;
import sv.gob.inpep.sesep.requests.entity.CorrectionDeadline;
import sv.gob.inpep.sesep.requests.entity.ServiceRequest;
import sv.gob.inpep.sesep.tickets.entity.Ticket;
import sv.gob.inpep.sesep.tickets.entity.TicketStatus;

import java.util.List;

/** Test worlds for the correction deadlines and the two clocks: service settings, and what a request's deadline is. */
@ApplicationScoped
@Transactional
public class DeadlineData {

    @PersistenceContext
    EntityManager em;

    /** The service's time limits, and the one-open-request rule on (QueueData's services allow several). */
    public void limits(long serviceId, int slaDays, int correctionDays, int statutoryDays, boolean pausedWhenObserved) {
        CatalogService service = em.find(CatalogService.class, serviceId);
        service.setSlaBusinessDays(slaDays);
        service.setCorrectionBusinessDays(correctionDays);
        service.setStatutoryBusinessDays(statutoryDays);
        service.setStatutoryPausedWhenObserved(pausedWhenObserved);
        service.setAllowsMultipleOpen(false);
    }

    public String code(long serviceId) {
        return em.find(CatalogService.class, serviceId).getCode();
    }

    /** The request's correction deadline as stored, or null. */
    public CorrectionDeadline correction(long requestId) {
        ServiceRequest request = em.find(ServiceRequest.class, requestId);
        em.refresh(request);
        return request.getCorrection();
    }

    /** The statuses of the request's tickets, oldest first. */
    public List<TicketStatus> ticketStatuses(long requestId) {
        return em.createNamedQuery("Ticket.byRequest", Ticket.class)
                .setParameter("request", em.find(ServiceRequest.class, requestId))
                .getResultStream().map(Ticket::getStatus).toList();
    }
}
