package sv.gob.inpep.sesep.supervision.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import sv.gob.inpep.sesep.NotFound;
import sv.gob.inpep.sesep.assignment.entity.TicketAssignment;
import sv.gob.inpep.sesep.audit.boundary.AuditTrail;
import sv.gob.inpep.sesep.audit.entity.AuditAction;
import sv.gob.inpep.sesep.audit.entity.AuditEvent;
import sv.gob.inpep.sesep.catalog.boundary.Holidays;
import sv.gob.inpep.sesep.documents.entity.RequestDocument;
import sv.gob.inpep.sesep.notifications.entity.Notification;
import sv.gob.inpep.sesep.requests.boundary.ApplicantView;
import sv.gob.inpep.sesep.requests.boundary.DocumentView;
import sv.gob.inpep.sesep.requests.control.RequestClocks;
import sv.gob.inpep.sesep.requests.entity.ServiceRequest;
import sv.gob.inpep.sesep.supervision.control.AreaScope;
import sv.gob.inpep.sesep.supervision.control.RequestSearchTerm;
import sv.gob.inpep.sesep.supervision.control.SupervisedAreas;
import sv.gob.inpep.sesep.tickets.boundary.NoteView;
import sv.gob.inpep.sesep.tickets.entity.Ticket;
import sv.gob.inpep.sesep.tickets.entity.TicketNote;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * "Consulta de solicitudes": a supervisor finds a request by its SEI number, or every request of
 * an applicant by DUI or NUP, and reads its whole record ({@link RequestRecord}) — what a Jefatura
 * needs when a citizen calls about an SEI or a complaint has to be looked into.
 * <p>
 * Read only. Both a search and a consultation are audited, with the supervisor as actor: they
 * show personal data, and the trail of a request then also says who looked at it.
 * <p>
 * A Jefatura reads only the requests of the areas it supervises ({@link SupervisedAreas}): a
 * search leaves the others out, and asking for the record of one is answered exactly as for a
 * request that does not exist, while the trail keeps the attempt.
 */
@Stateless
@RolesAllowed("SUPERVISOR")
public class RequestHistory {

    /** Most requests one search lists, newest first. */
    public static final int MAX_FOUND = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Holidays holidays;

    @Inject
    Clock clock;

    @Inject
    RequestClocks clocks;

    @Inject
    SupervisedAreas supervisedAreas;

    @Resource
    SessionContext session;

    /**
     * The requests with this SEI number, or of the applicant with this DUI or NUP, newest first,
     * of the supervisor's areas. An applicant has a handful of requests, so all are read and the
     * other areas' left out before the limit.
     */
    public List<RequestFound> find(String typed) {
        RequestSearchTerm term = RequestSearchTerm.parse(typed);
        List<ServiceRequest> matching = switch (term.kind()) {
            case SEI -> all("ServiceRequest.bySeiNumber", "seiNumber", term.value());
            case NUP -> all("ServiceRequest.byNup", "nup", term.value());
            case DUI -> Stream.concat(all("ServiceRequest.byBeneficiaryDui", "dui", term.value()).stream(),
                            all("ServiceRequest.byHolderDui", "dui", term.value()).stream())
                    .sorted(Comparator.comparing(ServiceRequest::getFiledAt).reversed())
                    .toList();
        };
        AreaScope scope = scope();
        List<ServiceRequest> requests = matching.stream().filter(r -> scope.includes(areaOf(r))).limit(MAX_FOUND).toList();
        long elsewhere = matching.stream().filter(r -> !scope.includes(areaOf(r))).count();
        List<RequestFound> found = requests.stream().map(r -> {
            ApplicantView applicant = applicant(r);
            return new RequestFound(r.getId(), r.getSeiNumber(), r.getService().getName(), applicant.fullName(),
                    applicant.dui(), r.getStatus(), r.getResolution(), r.getFiledAt());
        }).toList();
        audit.record(AuditAction.REQUESTS_SEARCHED, found.size() == 1 ? found.get(0).id() : null, null, null,
                term.kind() + " " + term.value() + ": " + found.size() + (found.size() == 1 ? " solicitud" : " solicitudes")
                        + (elsewhere == 0 ? "" : "; " + elsewhere + " de áreas que no supervisa, no mostradas"));
        return found;
    }

    /** The whole record of one request of the supervisor's areas. */
    public RequestRecord record(long requestId) {
        ServiceRequest r = em.find(ServiceRequest.class, requestId);
        if (r == null) {
            throw new NotFound("error.request.notFound");
        }
        if (!scope().includes(areaOf(r))) {
            audit.recordRefusal(AuditAction.REQUEST_CONSULT_REFUSED, r.getId(), null, null,
                    "Solicitud de un área que no supervisa (" + r.getService().getArea().getName() + ")");
            throw new NotFound("error.request.notFound");
        }
        Map<Long, String> ticketNumbers = em.createNamedQuery("Ticket.byRequest", Ticket.class).setParameter("request", r)
                .getResultStream().collect(Collectors.toMap(Ticket::getId, Ticket::getNumber));
        List<RequestRecord.Attention> attentions = em.createNamedQuery("TicketAssignment.byRequest", TicketAssignment.class)
                .setParameter("request", r).getResultStream()
                .map(a -> new RequestRecord.Attention(a.getTicket().getNumber(), a.getAgent().getGestorCode(),
                        a.getAgent().getFullName(), a.getAgentType().getName(), a.getPriority(),
                        a.getWaitedMillis() / 1000, a.getAssignedAt(), a.getReleasedAt(), a.getReleaseReason()))
                .toList();
        List<DocumentView> documents = em.createNamedQuery("RequestDocument.byRequest", RequestDocument.class)
                .setParameter("request", r).getResultStream().map(DocumentView::of).toList();
        List<NoteView> notes = em.createNamedQuery("TicketNote.byRequest", TicketNote.class)
                .setParameter("request", r).getResultStream().map(NoteView::of).toList();
        List<RequestRecord.Mail> mails = em.createNamedQuery("Notification.byRequest", Notification.class)
                .setParameter("request", r).getResultStream()
                .map(n -> new RequestRecord.Mail(n.getTemplateCode(), n.getRecipient(), n.getStatus(), n.getAttempts(),
                        n.getQueuedAt(), n.getSentAt()))
                .toList();
        List<RequestRecord.Event> events = em.createNamedQuery("AuditEvent.byRequest", AuditEvent.class)
                .setParameter("requestId", r.getId()).getResultStream()
                .map(e -> new RequestRecord.Event(e.getOccurredAt(), e.getActor(), e.getAction(),
                        ticketNumbers.get(e.getTicketId()), e.getRemoteAddress(), e.getDetails()))
                .toList();
        LocalDate filed = r.getFiledAt().toLocalDate();
        LocalDate until = r.getAttendedAt() != null ? r.getAttendedAt().toLocalDate() : LocalDate.now(clock);
        int businessDays = holidays.calendar(filed, until).businessDaysBetween(filed, until);
        audit.record(AuditAction.REQUEST_CONSULTED, r.getId(), null, null, null);
        return new RequestRecord(r.getId(), r.getSeiNumber(), r.getService().getName(), r.getService().getArea().getName(),
                applicant(r), r.getStatus(), r.getResolution(), r.getFiledAt(), r.getAttendedAt(), r.getClosedAt(),
                r.getService().getSlaBusinessDays(), businessDays, r.getObservations(), r.getDenialReasons(),
                attentions, documents, notes, mails, events, clocks.dueDates(r, LocalDate.now(clock)));
    }

    private List<ServiceRequest> all(String namedQuery, String parameter, String value) {
        return em.createNamedQuery(namedQuery, ServiceRequest.class).setParameter(parameter, value).getResultList();
    }

    private AreaScope scope() {
        return supervisedAreas.of(session.getCallerPrincipal().getName());
    }

    /** A request belongs to the area that attends its service. */
    private static Long areaOf(ServiceRequest request) {
        return request.getService().getArea().getId();
    }

    private static ApplicantView applicant(ServiceRequest r) {
        return ApplicantView.of(r.getApplicantKind(), r.getAffiliate(), r.getBeneficiary(), r.getCitizen());
    }
}
