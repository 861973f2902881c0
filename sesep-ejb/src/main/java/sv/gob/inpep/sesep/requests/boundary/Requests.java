package sv.gob.inpep.sesep.requests.boundary;

import sv.gob.inpep.sesep.FlatJson;
import sv.gob.inpep.sesep.audit.control.TrailWording;
import sv.gob.inpep.sesep.audit.entity.AuditAction;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import sv.gob.inpep.sesep.NotFound;
import sv.gob.inpep.sesep.RuleViolation;
import sv.gob.inpep.sesep.Texts;
import sv.gob.inpep.sesep.accounts.entity.Citizen;
import sv.gob.inpep.sesep.audit.boundary.AuditTrail;
import sv.gob.inpep.sesep.catalog.boundary.RequirementView;
import sv.gob.inpep.sesep.catalog.entity.CatalogService;
import sv.gob.inpep.sesep.catalog.entity.DocumentRequirement;
import sv.gob.inpep.sesep.complaints.control.ComplaintRouting;
import sv.gob.inpep.sesep.documents.control.DocumentInspector;
import sv.gob.inpep.sesep.documents.entity.RequestDocument;
import sv.gob.inpep.sesep.documents.entity.StagedUpload;
import sv.gob.inpep.sesep.notifications.boundary.Notifications;
import sv.gob.inpep.sesep.notifications.entity.MailTemplateCode;
import sv.gob.inpep.sesep.requests.control.FilingDeclaration;
import sv.gob.inpep.sesep.requests.control.FormData;
import sv.gob.inpep.sesep.PublicLinks;
import sv.gob.inpep.sesep.requests.control.ReceiptContent;
import sv.gob.inpep.sesep.requests.control.ReceiptRenderer;
import sv.gob.inpep.sesep.requests.control.TicketContent;
import sv.gob.inpep.sesep.requests.control.VerificationCodes;
import sv.gob.inpep.sesep.requests.entity.Counter;
import sv.gob.inpep.sesep.requests.entity.FilingReceipt;
import sv.gob.inpep.sesep.requests.entity.ReceiptKind;
import sv.gob.inpep.sesep.requests.entity.RequestStatus;
import sv.gob.inpep.sesep.requests.entity.ServiceRequest;
import sv.gob.inpep.sesep.tickets.control.TicketIssuer;
import sv.gob.inpep.sesep.tickets.entity.Ticket;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A citizen files requests (Solicitud Electrónica, SEI) and fixes observed ones. The caller is
 * always the authenticated citizen as the container knows them; no page says who files.
 * <p>
 * Filing is one transaction: the SEI with its form data and documents, its first ticket in the
 * queue, the Comprobante and the ticket PDFs, the audit events and the e-mail in the outbox. Its
 * order is chosen for concurrency: the caller's citizen row is locked first (their filings run
 * one at a time, so a double click cannot slip past the submission-token check, nor two tabs past
 * the one-open-request rule), everything is checked and the documents are written, and only then
 * are the SEI and ticket numbers taken, whose counter locks every filing of the year waits for
 * until this one commits.
 */
@Stateless
@RolesAllowed("CIUDADANO")
public class Requests {

    private static final DateTimeFormatter MAIL_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    Numbering numbering;

    @Inject
    TicketIssuer ticketIssuer;

    @Inject
    Notifications notifications;

    @Inject
    AuditTrail audit;

    @Inject
    PublicLinks addresses;

    @Inject
    ComplaintRouting complaintRouting;

    @Inject
    Clock clock;

    private final ReceiptRenderer renderer = new ReceiptRenderer();

    /** The active services the caller's applicant kind may request, marking those still open. */
    public List<ServiceChoice> eligibleServices() {
        Citizen citizen = caller();
        Set<Long> open = Set.copyOf(em.createNamedQuery("ServiceRequest.servicesOpenFor", Long.class)
                .setParameter("citizen", citizen).setParameter("open", RequestStatus.OPEN).getResultList());
        List<ServiceChoice> choices = new ArrayList<>();
        for (CatalogService service : em.createNamedQuery("CatalogService.active", CatalogService.class).getResultList()) {
            if (!service.isOfferedTo(citizen.getApplicantKind())) {
                continue;
            }
            String openSei = !service.isAllowsMultipleOpen() && open.contains(service.getId())
                    ? openFor(citizen, service).get(0).getSeiNumber() : null;
            choices.add(new ServiceChoice(service.getId(), service.getName(), service.getDescription(),
                    service.getCategory().getName(), service.getArea().getName(), service.getSlaBusinessDays(), openSei));
        }
        return choices;
    }

    /**
     * The form to file a request for a service, with a new submission token. Refused, with the
     * reason, when the caller may not request the service now.
     */
    public FilingForm filingForm(long serviceId) {
        Citizen citizen = caller();
        CatalogService service = activeService(serviceId);
        requireOffered(citizen, service);
        requireNoOpenRequest(citizen, service);
        return new FilingForm(service.getId(), service.getName(), service.getDescription(),
                service.getCategory().getName(), service.getArea().getName(), service.getSlaBusinessDays(),
                service.getFormFileName(),
                service.getFields().stream().map(FieldView::of).toList(),
                service.getRequirements().stream().map(RequirementView::of).toList(),
                ApplicantView.of(citizen.getApplicantKind(), citizen.getAffiliate(), citizen.getBeneficiary(), citizen),
                FilingDeclaration.TEXT, UUID.randomUUID().toString(),
                service.isComplaint() ? complaintRouting.subjects(citizen) : List.of());
    }

    /**
     * Files the request (activity 0 of the manual, from the citizen's side). Submitting the same
     * form again, however it happens, returns the SEI the first submission filed.
     */
    public Filed file(Filing filing) {
        Objects.requireNonNull(filing, "filing");
        String token = Texts.nonBlank(filing.submissionToken(), "submissionToken");
        Citizen citizen = lockedCaller();
        ServiceRequest earlier = em.createNamedQuery("ServiceRequest.bySubmissionToken", ServiceRequest.class)
                .setParameter("submissionToken", token).getResultStream().findFirst().orElse(null);
        if (earlier != null) {
            if (!earlier.getCitizen().getId().equals(citizen.getId())) {
                throw new NotFound("error.request.notFound");
            }
            audit.record(AuditAction.REQUEST_FILING_REPEATED, earlier.getId(), null, null,
                    "El formulario ya se había presentado como " + earlier.getSeiNumber());
            return new Filed(earlier.getId(), earlier.getSeiNumber(), latestTicket(earlier).getNumber(), true);
        }
        CatalogService service = activeService(filing.serviceId());
        requireOffered(citizen, service);
        if (!filing.declarationAccepted()) {
            throw new RuleViolation("error.request.declarationRequired");
        }
        String formData = FlatJson.toJson(FormData.validate(service.getFields(), filing.values()));
        requireNoOpenRequest(citizen, service);
        List<StagedUpload> uploads = staged(token, service);
        requireMandatoryDocuments(service, uploads.stream().map(StagedUpload::getRequirement).toList());
        ComplaintRouting.Route route = service.isComplaint()
                ? complaintRouting.route(citizen, service, filing.complaintSubject()) : null;

        LocalDateTime now = LocalDateTime.now(clock);
        ServiceRequest request = new ServiceRequest(ServiceRequest.provisionalSeiNumber(), citizen, service, formData,
                token, now, now);
        if (route != null) {
            request.routeComplaint(route.area(), route.subject());
        }
        em.persist(request);
        List<RequestDocument> documents = attach(request, uploads, now);
        // The bulky writes (documents in, staged files out) go to the database before the year's
        // counter is locked; from here to the commit every other filing waits.
        em.flush();
        String sei = ServiceRequest.seiNumberFor(now.getYear(), numbering.next(Counter.seiKey(now.getYear())));
        request.assignSeiNumber(sei);
        Ticket ticket = queue(request, now);
        List<FilingReceipt> receipts = issueReceipts(request, ticket, now, false);
        em.flush();

        audit.record(AuditAction.REQUEST_FILED, request.getId(), ticket.getId(), null, "Servicio " + service.getCode()
                + ", " + documents.size() + " documentos, ticket " + ticket.getNumber());
        if (route != null) {
            audit.record(AuditAction.COMPLAINT_ROUTED, request.getId(), ticket.getId(), null, route.subject() + " → "
                    + route.area().getName() + ", ticket " + ticket.getNumber());
        }
        documents.forEach(d -> audit.record(AuditAction.DOCUMENT_ATTACHED, request.getId(), null, d.getId(), describe(d)));
        receipts.forEach(r -> audit.record(AuditAction.RECEIPT_ISSUED, request.getId(), ticket.getId(), null,
                TrailWording.of(r.getKind()) + " " + r.getVerificationCode() + " SHA-256 " + r.getSha256()));
        notifications.queue(MailTemplateCode.REQUEST_FILED, citizen.getAccount().getEmail(), request, null,
                Map.of("ticketNumber", ticket.getNumber(), "link", addresses.myRequests()));
        return new Filed(request.getId(), sei, ticket.getNumber(), false);
    }

    /** What the page that fixes an observed request shows; only for the caller's observed requests. */
    public ResubmissionForm resubmissionForm(long requestId) {
        ServiceRequest request = ownRequest(requestId, false);
        if (request.getStatus() != RequestStatus.OBSERVED) {
            throw new RuleViolation("error.request.notObserved", request.getSeiNumber());
        }
        List<DocumentView> current = em.createNamedQuery("RequestDocument.currentByRequest", RequestDocument.class)
                .setParameter("request", request).getResultStream().map(DocumentView::of).toList();
        return new ResubmissionForm(request.getId(), request.getSeiNumber(), request.getService().getId(),
                request.getService().getName(), request.getObservations(),
                request.getService().getRequirements().stream().map(RequirementView::of).toList(), current,
                UUID.randomUUID().toString());
    }

    /**
     * Subsanar: the caller sends new documents and/or a comment for an observed request, which goes
     * back to the queue under the same SEI with a new ticket, new receipts and a new e-mail. A new
     * file for a requirement replaces the documents that answered it (kept, marked replaced).
     */
    public Filed resubmit(Resubmission resubmission) {
        Objects.requireNonNull(resubmission, "resubmission");
        ServiceRequest request = ownRequest(resubmission.requestId(), true);
        if (request.getStatus() != RequestStatus.OBSERVED) {
            throw new RuleViolation("error.request.notObserved", request.getSeiNumber());
        }
        String comment = Texts.optional(resubmission.comment(), 4000);
        String token = Texts.nonBlank(resubmission.formToken(), "formToken");
        List<StagedUpload> uploads = staged(token, request.getService());
        if (uploads.isEmpty() && comment == null) {
            throw new RuleViolation("error.request.resubmitEmpty");
        }
        List<RequestDocument> current = em.createNamedQuery("RequestDocument.currentByRequest", RequestDocument.class)
                .setParameter("request", request).getResultList();
        Set<DocumentRequirement> renewed = new HashSet<>();
        uploads.stream().map(StagedUpload::getRequirement).filter(Objects::nonNull).forEach(renewed::add);
        List<RequestDocument> replaced = current.stream()
                .filter(d -> d.getRequirement() != null && renewed.contains(d.getRequirement())).toList();
        List<DocumentRequirement> answered = new ArrayList<>();
        current.stream().filter(d -> !replaced.contains(d)).map(RequestDocument::getRequirement).forEach(answered::add);
        uploads.stream().map(StagedUpload::getRequirement).forEach(answered::add);
        requireMandatoryDocuments(request.getService(), answered);

        LocalDateTime now = LocalDateTime.now(clock);
        String actor = context.getCallerPrincipal().getName();
        replaced.forEach(RequestDocument::markReplaced);
        List<RequestDocument> added = attach(request, uploads, now);
        request.resubmit(comment, now, actor);
        Ticket ticket = queue(request, now);
        List<FilingReceipt> receipts = issueReceipts(request, ticket, now, true);
        em.flush();

        audit.record(AuditAction.REQUEST_RESUBMITTED, request.getId(), ticket.getId(), null, added.size()
                + " documentos nuevos, " + replaced.size() + " reemplazados, ticket " + ticket.getNumber()
                + (comment == null ? "" : ", con comentario"));
        replaced.forEach(d -> audit.record(AuditAction.DOCUMENT_REPLACED, request.getId(), null, d.getId(), describe(d)));
        added.forEach(d -> audit.record(AuditAction.DOCUMENT_ATTACHED, request.getId(), null, d.getId(), describe(d)));
        receipts.forEach(r -> audit.record(AuditAction.RECEIPT_ISSUED, request.getId(), ticket.getId(), null,
                TrailWording.of(r.getKind()) + " " + r.getVerificationCode() + " SHA-256 " + r.getSha256()));
        notifications.queue(MailTemplateCode.REQUEST_RESUBMITTED, request.getCitizen().getAccount().getEmail(), request, null,
                Map.of("ticketNumber", ticket.getNumber(), "date", MAIL_DATE.format(now),
                        "link", addresses.myRequests()));
        return new Filed(request.getId(), request.getSeiNumber(), ticket.getNumber(), false);
    }

    // ------------------------------------------------------------------ rules

    private void requireOffered(Citizen citizen, CatalogService service) {
        if (!service.isOfferedTo(citizen.getApplicantKind())) {
            audit.recordRefusal(AuditAction.REQUEST_FILING_REFUSED, null, null, null, "Servicio " + service.getCode()
                    + " no disponible para " + citizen.getApplicantKind());
            throw new RuleViolation("error.request.serviceNotOffered", service.getName(), citizen.getApplicantKind());
        }
    }

    /** One open request per citizen and service, unless the service allows several. */
    private void requireNoOpenRequest(Citizen citizen, CatalogService service) {
        if (service.isAllowsMultipleOpen()) {
            return;
        }
        List<ServiceRequest> open = openFor(citizen, service);
        if (!open.isEmpty()) {
            String sei = open.get(0).getSeiNumber();
            audit.recordRefusal(AuditAction.REQUEST_FILING_REFUSED, open.get(0).getId(), null, null, "Servicio "
                    + service.getCode() + ": ya hay una solicitud abierta, " + sei);
            throw new RuleViolation("error.request.alreadyOpen", service.getName(), sei);
        }
    }

    private void requireMandatoryDocuments(CatalogService service, List<DocumentRequirement> answered) {
        for (DocumentRequirement requirement : service.getRequirements()) {
            if (requirement.isMandatory() && !answered.contains(requirement)) {
                throw new RuleViolation("error.request.documentMissing", requirement.getName());
            }
        }
    }

    private List<ServiceRequest> openFor(Citizen citizen, CatalogService service) {
        return em.createNamedQuery("ServiceRequest.openForService", ServiceRequest.class)
                .setParameter("citizen", citizen).setParameter("service", service).getResultList();
    }

    // ------------------------------------------------------------------ steps

    /** The caller's files on this form, read in full before any counter is locked. */
    private List<StagedUpload> staged(String token, CatalogService service) {
        List<StagedUpload> uploads = em.createNamedQuery("StagedUpload.byForm", StagedUpload.class)
                .setParameter("owner", context.getCallerPrincipal().getName()).setParameter("formToken", token)
                .getResultStream().filter(u -> u.getService().equals(service)).toList();
        uploads.forEach(u -> Objects.requireNonNull(u.getContent()));
        return uploads;
    }

    private List<RequestDocument> attach(ServiceRequest request, List<StagedUpload> uploads, LocalDateTime now) {
        List<RequestDocument> documents = new ArrayList<>();
        for (StagedUpload upload : uploads) {
            RequestDocument document = upload.attachTo(request, now);
            em.persist(document);
            em.remove(upload);
            documents.add(document);
        }
        return documents;
    }

    /** A new ticket of the request's area joins the queue (state QUEUED). */
    private Ticket queue(ServiceRequest request, LocalDateTime now) {
        return ticketIssuer.issue(request, 0, now);
    }

    /** The Comprobante (Annex 1) and the ticket (Annex 2) for this filing, kept exactly as issued. */
    private List<FilingReceipt> issueReceipts(ServiceRequest request, Ticket ticket, LocalDateTime now,
                                              boolean resubmission) {
        Citizen citizen = request.getCitizen();
        ApplicantView applicant = ApplicantView.of(request.getApplicantKind(), request.getAffiliate(),
                request.getBeneficiary(), citizen);
        CatalogService service = request.getService();
        String receiptCode = VerificationCodes.next();
        byte[] receipt = renderer.receipt(new ReceiptContent(applicant.kind(), applicant.nup(), applicant.matricula(),
                applicant.expediente(), applicant.dui(), applicant.firstNames(), applicant.lastNames(),
                applicant.phone(), applicant.email(), service.getName(), service.getCategory().getName(),
                ticket.getArea().getName(), request.getSeiNumber(), now, ticket.getNumber(), resubmission,
                receiptCode, addresses.receiptVerification(receiptCode)));
        String ticketCode = VerificationCodes.next();
        byte[] printed = renderer.ticket(new TicketContent(applicant.fullName(), applicant.dui(), ticket.getNumber(),
                request.getSeiNumber(), now, ticketCode, addresses.receiptVerification(ticketCode)));
        List<FilingReceipt> receipts = List.of(
                new FilingReceipt(request, ticket, ReceiptKind.RECEIPT, receiptCode,
                        DocumentInspector.sha256(receipt), receipt, now),
                new FilingReceipt(request, ticket, ReceiptKind.TICKET, ticketCode,
                        DocumentInspector.sha256(printed), printed, now));
        receipts.forEach(em::persist);
        return receipts;
    }

    private Ticket latestTicket(ServiceRequest request) {
        List<Ticket> tickets = em.createNamedQuery("Ticket.byRequest", Ticket.class)
                .setParameter("request", request).getResultList();
        return tickets.get(tickets.size() - 1);
    }

    private static String describe(RequestDocument document) {
        return document.getFileName() + ", " + document.getContentType() + ", " + document.getSizeBytes()
                + " bytes, SHA-256 " + document.getSha256();
    }

    // ------------------------------------------------------------------ caller

    private CatalogService activeService(long serviceId) {
        CatalogService service = em.find(CatalogService.class, serviceId);
        if (service == null) {
            throw new NotFound("error.catalog.serviceNotFound");
        }
        if (!service.isActive()) {
            throw new RuleViolation("error.request.serviceInactive", service.getName());
        }
        return service;
    }

    private Citizen caller() {
        return em.createNamedQuery("Citizen.byUsername", Citizen.class)
                .setParameter("username", context.getCallerPrincipal().getName())
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("error.citizen.notFound"));
    }

    /** The caller's citizen row, locked: their filings and fixes run one at a time. */
    private Citizen lockedCaller() {
        return em.find(Citizen.class, caller().getId(), LockModeType.PESSIMISTIC_WRITE);
    }

    /** The caller's request, or not found, whether it does not exist or is someone else's. */
    private ServiceRequest ownRequest(long requestId, boolean lock) {
        // Locked at read time: a lock taken later would also check the version read before it.
        ServiceRequest request = lock ? em.find(ServiceRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE)
                : em.find(ServiceRequest.class, requestId);
        String username = context.getCallerPrincipal().getName();
        if (request == null || !request.getCitizen().getAccount().getUsername().equals(username)) {
            audit.recordRefusal(AuditAction.REQUEST_ACCESS_REFUSED, null, null, null, "Solicitud " + requestId
                    + " pedida por " + username + " (no existe o no le pertenece)");
            throw new NotFound("error.request.notFound");
        }
        return request;
    }
}
