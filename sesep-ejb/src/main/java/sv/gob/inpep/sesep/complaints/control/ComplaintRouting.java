package sv.gob.inpep.sesep.complaints.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import sv.gob.inpep.sesep.RuleViolation;
import sv.gob.inpep.sesep.accounts.entity.Citizen;
import sv.gob.inpep.sesep.catalog.entity.CatalogService;
import sv.gob.inpep.sesep.catalog.entity.ManagementArea;
import sv.gob.inpep.sesep.complaints.boundary.ComplaintSubject;
import sv.gob.inpep.sesep.complaints.boundary.ComplaintSubject.Kind;
import sv.gob.inpep.sesep.requests.entity.ServiceRequest;

import java.util.ArrayList;
import java.util.List;

/**
 * Which area answers for a complaint: the one the citizen named, the one that attends the service
 * they named, or the one their SEI waits or waited in. When no agent type of that area attends
 * the complaint service, the complaint service's own area takes it (see the package's notes).
 */
@Dependent
public class ComplaintRouting {

    /** The citizen's own SEIs offered as subjects, newest first. */
    static final int OWN_REQUESTS = 30;

    @PersistenceContext
    EntityManager em;

    /** Where a complaint goes, and what it is about in words kept with it. */
    public record Route(ManagementArea area, String subject) {
    }

    /** What the citizen may name: the active areas, the active services (not complaints), their own SEIs. */
    public List<ComplaintSubject> subjects(Citizen citizen) {
        List<ComplaintSubject> subjects = new ArrayList<>();
        em.createNamedQuery("ManagementArea.active", ManagementArea.class).getResultStream()
                .forEach(a -> subjects.add(new ComplaintSubject(Kind.AREA, "A" + a.getId(), a.getName())));
        em.createNamedQuery("CatalogService.active", CatalogService.class).getResultStream()
                .filter(s -> !s.isComplaint())
                .forEach(s -> subjects.add(new ComplaintSubject(Kind.SERVICE, "S" + s.getId(), s.getName())));
        em.createNamedQuery("ServiceRequest.byCitizen", ServiceRequest.class).setParameter("citizen", citizen)
                .setMaxResults(OWN_REQUESTS).getResultStream()
                .forEach(r -> subjects.add(new ComplaintSubject(Kind.REQUEST, "R" + r.getId(),
                        r.getSeiNumber() + " · " + r.getService().getName())));
        return subjects;
    }

    /** The route for the subject the form sent back; refused when none was chosen or it is not one of the citizen's choices. */
    public Route route(Citizen citizen, CatalogService complaintService, String key) {
        if (key == null || key.isBlank()) {
            throw new RuleViolation("error.complaint.subjectRequired");
        }
        Route named = named(citizen, key.strip());
        if (named == null) {
            throw new RuleViolation("error.complaint.subjectUnknown");
        }
        boolean attended = em.createQuery("SELECT COUNT(t) FROM AgentType t JOIN t.services s"
                        + " WHERE s = :service AND t.area = :area", Long.class)
                .setParameter("service", complaintService).setParameter("area", named.area()).getSingleResult() > 0;
        return attended ? named : new Route(complaintService.getArea(), named.subject());
    }

    private Route named(Citizen citizen, String key) {
        long id;
        try {
            id = Long.parseLong(key.substring(1));
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            return null;
        }
        switch (key.charAt(0)) {
            case 'A' -> {
                ManagementArea area = em.find(ManagementArea.class, id);
                return area == null || !area.isActive() ? null : new Route(area, "Área: " + area.getName());
            }
            case 'S' -> {
                CatalogService service = em.find(CatalogService.class, id);
                return service == null || !service.isActive() || service.isComplaint() ? null
                        : new Route(service.getArea(), "Servicio: " + service.getName());
            }
            case 'R' -> {
                ServiceRequest request = em.find(ServiceRequest.class, id);
                return request == null || !request.getCitizen().getId().equals(citizen.getId()) ? null
                        : new Route(request.getAreaInCharge(), "Solicitud " + request.getSeiNumber() + " ("
                        + request.getService().getName() + ")");
            }
            default -> {
                return null;
            }
        }
    }
}
