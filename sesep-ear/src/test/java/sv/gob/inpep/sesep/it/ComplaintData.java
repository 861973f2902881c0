package sv.gob.inpep.sesep.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import sv.gob.inpep.sesep.accounts.entity.Citizen;
import sv.gob.inpep.sesep.accounts.entity.Role;
import sv.gob.inpep.sesep.accounts.entity.UserAccount;
import sv.gob.inpep.sesep.agents.entity.Agent;
import sv.gob.inpep.sesep.agents.entity.AgentType;
import sv.gob.inpep.sesep.catalog.entity.CatalogService;
import sv.gob.inpep.sesep.catalog.entity.ManagementArea;
import sv.gob.inpep.sesep.catalog.entity.ServiceCategory;
import sv.gob.inpep.sesep.complaints.entity.ComplaintFinding;
import sv.gob.inpep.sesep.requests.entity.ApplicantKind;
import sv.gob.inpep.sesep.requests.entity.ServiceRequest;
import sv.gob.inpep.sesep.tickets.entity.Ticket;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.UUID;

/**
 * Complaints' test worlds: a complaint service of their own, agent types of either area that
 * attend it, and complaints with a past (filed, resolved) at the times a test gives, for the KPI
 * computed by hand. Its own number series (SEI year 7600 and up, ticket prefix TK).
 */
@ApplicationScoped
@Transactional
public class ComplaintData {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** A complaint service of the CAU (it registers complaints) with this target in business days. */
    public long newComplaintService(String label, int targetDays) {
        long n = numbers(1);
        CatalogService service = new CatalogService("TQ" + n, "Queja de prueba " + label + " " + n,
                em.find(ServiceCategory.class, QueueData.CATEGORY), em.find(ManagementArea.class, QueueData.CAU_AREA),
                targetDays, EnumSet.of(ApplicantKind.CONTRIBUTOR, ApplicantKind.PENSIONER, ApplicantKind.BENEFICIARY));
        service.setAllowsMultipleOpen(true);
        service.setComplaint(true);
        em.persist(service);
        em.flush();
        return service.getId();
    }

    /** An agent type of the area attending exactly these services, and one agent of it; the agent's user name. */
    public String newAgent(String label, long areaId, long... serviceIds) {
        long n = numbers(1);
        AgentType type = new AgentType("TQ" + n, "Tipo de quejas " + n, em.find(ManagementArea.class, areaId));
        for (long id : serviceIds) {
            type.grant(em.find(CatalogService.class, id));
        }
        em.persist(type);
        UserAccount demo = em.createNamedQuery("Agent.byUsername", Agent.class)
                .setParameter("username", DemoAccounts.AGENT).getSingleResult().getAccount();
        String username = label + "-" + n;
        LocalDateTime now = LocalDateTime.now(clock);
        UserAccount account = new UserAccount(username, demo.getPasswordHash(), username + "@sesep.example",
                "Agente de quejas " + username, Role.AGENTE, now);
        em.persist(account);
        em.persist(new Agent(account, "GQ" + n, "Agente de quejas " + username, type.getArea(), type, now));
        em.flush();
        return username;
    }

    /**
     * A complaint of the demo contributor filed at {@code filedAt} and routed to the area; resolved
     * at {@code resolvedAt} with the finding (and its ticket closed), or still waiting when null.
     */
    public long pastComplaint(long serviceId, long areaId, LocalDateTime filedAt, LocalDateTime resolvedAt,
                              ComplaintFinding finding) {
        Citizen citizen = em.createNamedQuery("Citizen.byUsername", Citizen.class)
                .setParameter("username", DemoAccounts.CONTRIBUTOR).getSingleResult();
        long n = numbers(1);
        ServiceRequest request = new ServiceRequest(ServiceRequest.seiNumberFor(7600 + (int) (n / 999_999), n % 999_999 + 1),
                citizen, em.find(CatalogService.class, serviceId), "{}", UUID.randomUUID().toString(), filedAt, filedAt);
        request.routeComplaint(em.find(ManagementArea.class, areaId), "Área: prueba");
        em.persist(request);
        Ticket ticket = new Ticket(Ticket.numberFor("TK", numbers(1)), request, 0, filedAt);
        em.persist(ticket);
        if (resolvedAt != null) {
            String actor = "agente-quejas";
            request.startAttention(resolvedAt, actor);
            request.resolveComplaint(finding, "Revisamos su caso con el área; gracias por avisarnos.", resolvedAt, actor);
        }
        em.flush();
        return request.getId();
    }

    /** The area the request's latest ticket waits in, and its number, as "area id:number". */
    public String latestTicket(long requestId) {
        Ticket ticket = em.createNamedQuery("Ticket.byRequest", Ticket.class)
                .setParameter("request", em.find(ServiceRequest.class, requestId)).getResultStream()
                .reduce((a, b) -> b).orElseThrow();
        return ticket.getArea().getId() + ":" + ticket.getNumber();
    }

    /** The id of the latest ticket of a request. */
    public long latestTicketId(long requestId) {
        return em.createNamedQuery("Ticket.byRequest", Ticket.class)
                .setParameter("request", em.find(ServiceRequest.class, requestId)).getResultStream()
                .reduce((a, b) -> b).orElseThrow().getId();
    }

    private long numbers(int count) {
        return TestNumbers.take(em, "TEST-COMPLAINTS", count);
    }
}
