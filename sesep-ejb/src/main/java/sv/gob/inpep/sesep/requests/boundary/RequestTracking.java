package sv.gob.inpep.sesep.requests.boundary;

import sv.gob.inpep.sesep.FlatJson;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import sv.gob.inpep.sesep.notifications.entity.MailTemplateCode;
import sv.gob.inpep.sesep.NotFound;
import sv.gob.inpep.sesep.PublicLinks;
import sv.gob.inpep.sesep.RuleViolation;
import sv.gob.inpep.sesep.accounts.entity.Citizen;
import sv.gob.inpep.sesep.audit.boundary.AuditTrail;
import sv.gob.inpep.sesep.audit.control.TrailWording;
import sv.gob.inpep.sesep.audit.entity.AuditAction;
import sv.gob.inpep.sesep.catalog.entity.ServiceField;
import sv.gob.inpep.sesep.documents.boundary.FileContent;
import sv.gob.inpep.sesep.documents.control.DocumentInspector;
import sv.gob.inpep.sesep.documents.entity.RequestDocument;
import sv.gob.inpep.sesep.notifications.boundary.Notifications;
import sv.gob.inpep.sesep.complaints.boundary.ComplaintView;
import sv.gob.inpep.sesep.requests.control.FormData;
import sv.gob.inpep.sesep.requests.control.RequestClocks;
import sv.gob.inpep.sesep.requests.entity.FilingReceipt;
import sv.gob.inpep.sesep.requests.entity.ReceiptKind;
import sv.gob.inpep.sesep.requests.entity.RequestStatus;
import sv.gob.inpep.sesep.requests.entity.Resolution;
import sv.gob.inpep.sesep.requests.entity.ServiceRequest;
import sv.gob.inpep.sesep.responses.entity.RequestResponse;
import sv.gob.inpep.sesep.satisfaction.entity.SatisfactionSurvey;
import sv.gob.inpep.sesep.tickets.entity.Ticket;
import sv.gob.inpep.sesep.tickets.entity.TicketStatus;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "Mis solicitudes": a citizen follows their requests, downloads what belongs to them (receipts,
 * their own documents, the institute's answer) and rates an attended request once.
 * <p>
 * Ownership is decided here, against the authenticated caller, for every id that comes in: a
 * request, receipt, document or answer of someone else is reported exactly like one that does not
 * exist ({@link NotFound}), so guessing ids teaches nothing, and the attempt is audited.
 */
@Stateless
@RolesAllowed("CIUDADANO")
public class RequestTracking {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    RequestClocks clocks;

    @Inject
    Notifications notifications;

    @Inject
    PublicLinks links;

    /**
     * The caller's requests of {@code list}, newest first: at most {@code max} of them from position
     * {@code first}, and how many the list holds. A page past the end is empty.
     */
    public RequestPage mine(RequestList list, int first, int max) {
        return page(callerCitizen(), list, first, max);
    }

    /** The newest {@code max} of each of {@code lists} ("Mi portal"), in one call. */
    public Map<RequestList, RequestPage> newest(int max, RequestList... lists) {
        Citizen citizen = callerCitizen();
        Map<RequestList, RequestPage> pages = new EnumMap<>(RequestList.class);
        for (RequestList list : lists) {
            pages.put(list, page(citizen, list, 0, max));
        }
        return pages;
    }

    private Citizen callerCitizen() {
        return em.createNamedQuery("Citizen.byUsername", Citizen.class)
                .setParameter("username", caller()).getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("error.citizen.notFound"));
    }

    private RequestPage page(Citizen citizen, RequestList list, int first, int max) {
        long total = listQuery(list, "countOfCitizen", Long.class, citizen).getSingleResult();
        List<ServiceRequest> page = total <= first ? List.of()
                : listQuery(list, "ofCitizen", ServiceRequest.class, citizen)
                        .setFirstResult(first).setMaxResults(max).getResultList();
        return new RequestPage(summaries(page), first, total);
    }

    /** "ServiceRequest.ofCitizenInStatus" and its siblings: the list's query of the citizen's requests. */
    private <T> TypedQuery<T> listQuery(RequestList list, String query, Class<T> type, Citizen citizen) {
        TypedQuery<T> chosen = list.resolution() != null
                ? em.createNamedQuery("ServiceRequest." + query + "WithResolution", type)
                        .setParameter("resolution", list.resolution())
                : em.createNamedQuery("ServiceRequest." + query + "InStatus", type)
                        .setParameter("statuses", list.statuses());
        return chosen.setParameter("citizen", citizen);
    }

    /** The page's lines: the last change and the latest ticket of all its requests in two statements. */
    private List<RequestSummary> summaries(List<ServiceRequest> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        List<Long> ids = page.stream().map(ServiceRequest::getId).toList();
        Map<Long, LocalDateTime> lastChange = new HashMap<>();
        em.createNamedQuery("RequestStatusChange.lastChangeOf", Object[].class).setParameter("requests", ids)
                .getResultStream().forEach(row -> lastChange.put((Long) row[0], (LocalDateTime) row[1]));
        Map<Long, String> latestTicket = new HashMap<>();
        em.createNamedQuery("Ticket.numbersOf", Object[].class).setParameter("requests", ids)
                .getResultStream().forEach(row -> latestTicket.put((Long) row[0], (String) row[1]));
        return page.stream()
                .map(r -> new RequestSummary(r.getId(), r.getSeiNumber(), r.getService().getName(), r.getStatus(),
                        r.getResolution(), r.getFiledAt(), lastChange.get(r.getId()), latestTicket.get(r.getId()),
                        r.getStatus() == RequestStatus.OBSERVED && r.getCorrection() != null
                                ? r.getCorrection().getDueOn() : null))
                .toList();
    }

    public RequestDetail detail(long requestId) {
        ServiceRequest r = own(em.find(ServiceRequest.class, requestId), "Solicitud " + requestId);
        String username = caller();
        List<FormEntry> form = new ArrayList<>();
        Map<String, String> values = FlatJson.fromJson(r.getFormData());
        for (ServiceField field : r.getService().getFieldsEverAsked()) {
            if (values.containsKey(field.getCode())) {
                form.add(new FormEntry(field.getLabel(), FormData.shown(field, values.get(field.getCode()))));
            }
        }
        List<TimelineEntry> timeline = r.getHistory().stream()
                .map(h -> new TimelineEntry(h.getChangedAt(), h.getFromStatus(), h.getToStatus(),
                        h.getActor().equals(username), h.getNote()))
                .toList();
        List<TicketView> tickets = tickets(r).stream()
                .map(t -> new TicketView(t.getNumber(), t.getStatus(), t.getQueuedAt())).toList();
        List<DocumentView> documents = em.createNamedQuery("RequestDocument.byRequest", RequestDocument.class)
                .setParameter("request", r).getResultStream().map(DocumentView::of).toList();
        List<ReceiptView> receipts = receipts(r).stream()
                .map(f -> new ReceiptView(f.getId(), f.getKind(), f.getTicket().getNumber(), f.getIssuedAt(),
                        f.getVerificationCode(), fileName(f)))
                .toList();
        List<ResponseView> responses = em.createNamedQuery("RequestResponse.byRequest", RequestResponse.class)
                .setParameter("request", r).getResultStream()
                .map(p -> new ResponseView(p.getId(), p.getFileName(), p.getSizeBytes(), p.getCreatedAt())).toList();
        SatisfactionSurvey survey = survey(r);
        SurveyView rated = survey != null && survey.isAnswered()
                ? new SurveyView(survey.getRating(), survey.getComment(), survey.getAnsweredAt()) : null;
        audit.record(AuditAction.REQUEST_VIEWED, r.getId(), null, null, null);
        boolean held = tickets(r).stream().anyMatch(t -> t.getStatus() == TicketStatus.ASSIGNED);
        return new RequestDetail(r.getId(), r.getSeiNumber(), r.getService().getName(),
                r.getService().getCategory().getName(), r.getAreaInCharge().getName(),
                r.getService().getSlaBusinessDays(), r.getStatus(), r.getResolution(), r.getFiledAt(),
                r.getAttendedAt(), r.getClosedAt(), r.getObservations(), r.getDenialReasons(), r.getCitizenComment(),
                form, timeline, tickets, documents, receipts, responses, rated,
                r.getStatus() == RequestStatus.OBSERVED,
                r.getResolution() != null && r.getResolution() != Resolution.WITHDRAWN && rated == null,
                r.isWithdrawable() && !held, clocks.dueDates(r, LocalDate.now(clock)),
                r.isComplaint() ? ComplaintView.of(r.getComplaint()) : null);
    }

    /** A Comprobante or ticket PDF of one of the caller's requests. */
    public FileContent receipt(long receiptId) {
        FilingReceipt receipt = em.find(FilingReceipt.class, receiptId);
        own(receipt == null ? null : receipt.getRequest(), "Comprobante " + receiptId);
        audit.record(AuditAction.RECEIPT_DOWNLOADED, receipt.getRequest().getId(), receipt.getTicket().getId(), null,
                TrailWording.of(receipt.getKind()) + " " + receipt.getVerificationCode());
        return new FileContent(fileName(receipt), DocumentInspector.PDF, receipt.getContent());
    }

    /** A document the caller attached to one of their requests. */
    public FileContent document(long documentId) {
        RequestDocument document = em.find(RequestDocument.class, documentId);
        own(document == null ? null : document.getRequest(), "Documento " + documentId);
        audit.record(AuditAction.DOCUMENT_DOWNLOADED, document.getRequest().getId(), null, document.getId(), document.getFileName());
        return new FileContent(document.getFileName(), document.getContentType(), document.getContent());
    }

    /** The institute's answer to one of the caller's requests. */
    public FileContent response(long responseId) {
        RequestResponse response = em.find(RequestResponse.class, responseId);
        own(response == null ? null : response.getRequest(), "Respuesta " + responseId);
        audit.record(AuditAction.RESPONSE_DOWNLOADED, response.getRequest().getId(), response.getTicket().getId(), null,
                response.getFileName());
        return new FileContent(response.getFileName(), DocumentInspector.PDF, response.getContent());
    }

    /**
     * Rates an attended (answered or denied) request, once. The survey row exists when the SEI was
     * closed (activity 33); a citizen may rate as soon as the answer is out, so it is created here
     * when missing. The request row is locked so two concurrent ratings cannot both create it.
     */
    public SurveyView rate(long requestId, int rating, String comment) {
        ServiceRequest request = own(em.find(ServiceRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE),
                "Solicitud " + requestId);
        LocalDateTime now = LocalDateTime.now(clock);
        SatisfactionSurvey survey = survey(request);
        if (survey == null) {
            survey = new SatisfactionSurvey(request, now);
            em.persist(survey);
        }
        survey.answer(rating, comment, now);
        audit.record(AuditAction.SURVEY_ANSWERED, request.getId(), null, null, "Calificación " + rating);
        return new SurveyView(survey.getRating(), survey.getComment(), survey.getAnsweredAt());
    }

    /**
     * Desistir: the caller withdraws their own request that no agent holds, waiting in the queue or
     * observed. It closes as desistida, its waiting ticket leaves the queue in the same
     * transaction, the service is free again, and the citizen gets a mail.
     * <p>
     * The race with an agent taking the ticket has one winner: the waiting ticket's row is locked
     * first, in the order the queue's claim locks (ticket, then request). If an agent's claim holds
     * it, this waits for the claim to commit and then finds the ticket assigned and refuses; if
     * this holds it, the claim skips the row (SKIP LOCKED) and, after the commit, finds it closed.
     */
    public void withdraw(long requestId) {
        ServiceRequest request = own(em.find(ServiceRequest.class, requestId), "Solicitud " + requestId);
        List<Long> open = em.createQuery("SELECT t.id FROM Ticket t WHERE t.request = :request AND t.status <> :closed",
                        Long.class)
                .setParameter("request", request).setParameter("closed", TicketStatus.CLOSED).getResultList();
        Ticket waiting = null;
        for (Long ticketId : open) {
            Ticket ticket = em.find(Ticket.class, ticketId, LockModeType.PESSIMISTIC_WRITE);
            if (ticket.getStatus() == TicketStatus.ASSIGNED) {
                audit.recordRefusal(AuditAction.REQUEST_WITHDRAWAL_REFUSED, request.getId(), ticket.getId(), null,
                        "El ticket " + ticket.getNumber() + " ya está en atención");
                throw new RuleViolation("error.request.heldByAgent", request.getSeiNumber());
            }
            waiting = ticket.getStatus() == TicketStatus.QUEUED ? ticket : waiting;
        }
        // Read again under the lock: whatever changed it before the ticket's lock was had is seen.
        em.refresh(request, LockModeType.PESSIMISTIC_WRITE);
        LocalDateTime now = LocalDateTime.now(clock);
        try {
            request.withdraw(now, caller());
        } catch (RuleViolation refused) {
            audit.recordRefusal(AuditAction.REQUEST_WITHDRAWAL_REFUSED, request.getId(), null, null, "Estado " + request.getStatus());
            throw refused;
        }
        if (waiting != null) {
            waiting.withdraw(now);
        }
        audit.record(AuditAction.REQUEST_WITHDRAWN, request.getId(), waiting == null ? null : waiting.getId(), null,
                "Desistida por el ciudadano" + (waiting == null ? "" : "; el ticket " + waiting.getNumber() + " sale de la cola"));
        notifications.queue(MailTemplateCode.REQUEST_WITHDRAWN, request.getCitizen().getAccount().getEmail(), request, null,
                Map.of("link", links.request(request.getId())));
    }

    /**
     * "Comprobante SEI2026000001 CWG-1.pdf" / "Ticket CWG-1.pdf": with the ticket in both, because a
     * request fixed after an observation has one Comprobante per filing.
     */
    static String fileName(FilingReceipt receipt) {
        return receipt.getKind() == ReceiptKind.RECEIPT
                ? "Comprobante " + receipt.getRequest().getSeiNumber().replace("-", "") + " "
                + receipt.getTicket().getNumber() + ".pdf"
                : "Ticket " + receipt.getTicket().getNumber() + ".pdf";
    }

    private ServiceRequest own(ServiceRequest request, String what) {
        String username = caller();
        if (request == null || !request.getCitizen().getAccount().getUsername().equals(username)) {
            audit.recordRefusal(AuditAction.REQUEST_ACCESS_REFUSED, null, null, null, what + " pedido por " + username
                    + " (no existe o no le pertenece)");
            throw new NotFound("error.request.notFound");
        }
        return request;
    }

    private List<Ticket> tickets(ServiceRequest request) {
        return em.createNamedQuery("Ticket.byRequest", Ticket.class).setParameter("request", request).getResultList();
    }

    private List<FilingReceipt> receipts(ServiceRequest request) {
        return em.createNamedQuery("FilingReceipt.byRequest", FilingReceipt.class)
                .setParameter("request", request).getResultList();
    }

    private SatisfactionSurvey survey(ServiceRequest request) {
        return em.createNamedQuery("SatisfactionSurvey.byRequest", SatisfactionSurvey.class)
                .setParameter("request", request).getResultStream().findFirst().orElse(null);
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
