package sv.gob.inpep.sesep.tickets.boundary;

import sv.gob.inpep.sesep.FlatJson;
import sv.gob.inpep.sesep.audit.control.TrailWording;
import sv.gob.inpep.sesep.audit.entity.AuditAction;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import sv.gob.inpep.sesep.NotFound;
import sv.gob.inpep.sesep.PublicLinks;
import sv.gob.inpep.sesep.RuleViolation;
import sv.gob.inpep.sesep.Texts;
import sv.gob.inpep.sesep.agents.entity.Agent;
import sv.gob.inpep.sesep.assignment.boundary.AssignmentQueue;
import sv.gob.inpep.sesep.assignment.control.CallerAgent;
import sv.gob.inpep.sesep.assignment.control.HeldTickets;
import sv.gob.inpep.sesep.assignment.entity.ReleaseReason;
import sv.gob.inpep.sesep.audit.boundary.AuditTrail;
import sv.gob.inpep.sesep.catalog.entity.CatalogService;
import sv.gob.inpep.sesep.catalog.entity.ServiceField;
import sv.gob.inpep.sesep.complaints.entity.Complaint;
import sv.gob.inpep.sesep.complaints.entity.ComplaintFinding;
import sv.gob.inpep.sesep.documents.control.DocumentInspector;
import sv.gob.inpep.sesep.documents.control.UploadLimits;
import sv.gob.inpep.sesep.documents.entity.DigitalFileEntry;
import sv.gob.inpep.sesep.documents.entity.RequestDocument;
import sv.gob.inpep.sesep.notifications.boundary.Notifications;
import sv.gob.inpep.sesep.notifications.entity.MailTemplateCode;
import sv.gob.inpep.sesep.registry.control.AffiliateRecord;
import sv.gob.inpep.sesep.registry.control.AffiliateRegistry;
import sv.gob.inpep.sesep.registry.control.BeneficiaryRecord;
import sv.gob.inpep.sesep.requests.control.FormData;
import sv.gob.inpep.sesep.requests.control.RequestClocks;
import sv.gob.inpep.sesep.requests.entity.ServiceRequest;
import sv.gob.inpep.sesep.responses.control.PdfStamper;
import sv.gob.inpep.sesep.responses.entity.RequestResponse;
import sv.gob.inpep.sesep.tickets.control.TicketIssuer;
import sv.gob.inpep.sesep.tickets.entity.Ticket;
import sv.gob.inpep.sesep.tickets.entity.TicketNote;
import sv.gob.inpep.sesep.tickets.entity.TicketOutcome;
import sv.gob.inpep.sesep.tickets.entity.TicketStatus;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything on the agent's screen for the ticket in attention (activities 5–33): generals,
 * registry data and beneficiaries, the service's documents and form data, notes, the three ways
 * out (answer with a stamped PDF, observe, deny), "Terminar" and "Cerrar Ticket".
 * <p>
 * Every method first checks that the ticket is ASSIGNED to the caller's agent and within the
 * agent's competence; otherwise it answers as if the ticket did not exist (ids guessed in a URL
 * reveal nothing) and audits the refused attempt. Changes lock the agent's row first, in the same
 * order as the queue and the sweep of stranded tickets, so none of them can interleave.
 * <p>
 * "Ver Información" and "Beneficiarios" read the institute's registry through
 * {@link AffiliateRegistry}, as it stands at the moment the agent looks.
 */
@Stateless
public class TicketWorkspace {

    /** Longest reason an agent may give for a transfer. */
    public static final int TRANSFER_REASON_MAX = 2000;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    AuditTrail audit;

    @Inject
    Notifications notifications;

    @Inject
    AffiliateRegistry registry;

    @Inject
    HeldTickets heldTickets;

    @Inject
    TicketIssuer ticketIssuer;

    @Inject
    Clock clock;

    /** Where citizens open SESEP; links in the e-mails point there. */
    @Inject
    PublicLinks links;

    @Inject
    UploadLimits limits;

    @Inject
    RequestClocks clocks;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final PdfStamper stamper = new PdfStamper();
    private final DocumentInspector inspector = new DocumentInspector();

    // ------------------------------------------------------------------ reading (activities 5–13)

    /** The generals of the ticket (activity 5). */
    @RolesAllowed("AGENTE")
    public TicketGenerals generals(long ticketId) {
        return generals(owned(ticketId, false));
    }

    /** "Ver Información" (activity 6). */
    @RolesAllowed("AGENTE")
    public ApplicantInfo applicant(long ticketId) {
        Ticket ticket = owned(ticketId, false);
        ServiceRequest request = ticket.getRequest();
        AffiliateRecord holder = registry.affiliate(request.getAffiliate().getId())
                .orElseThrow(() -> new NotFound("error.registry.notFound"));
        Long applicantId = request.getBeneficiary() == null ? null : request.getBeneficiary().getId();
        BeneficiaryInfo beneficiary = applicantId == null ? null : registry.beneficiaries(holder.id()).stream()
                .filter(b -> b.id() == applicantId).findFirst().map(b -> beneficiary(b, applicantId)).orElse(null);
        audit.record(AuditAction.APPLICANT_VIEWED, request.getId(), ticket.getId(), null, "Ver Información");
        return new ApplicantInfo(request.getApplicantKind(), holder.nup(), holder.matricula(), holder.expediente(),
                holder.dui(), holder.firstNames(), holder.lastNames(), holder.birthDate(), holder.gender(),
                holder.quality(), holder.phone(), holder.email(), holder.address(), holder.employer(),
                request.getCitizen().getAccount().getEmail(), request.getCitizen().getPhone(), beneficiary);
    }

    /** "Beneficiarios" (activity 7): those inscribed under the holder's matrícula. */
    @RolesAllowed("AGENTE")
    public List<BeneficiaryInfo> beneficiaries(long ticketId) {
        Ticket ticket = owned(ticketId, false);
        ServiceRequest request = ticket.getRequest();
        Long applicantId = request.getBeneficiary() == null ? null : request.getBeneficiary().getId();
        audit.record(AuditAction.BENEFICIARIES_VIEWED, request.getId(), ticket.getId(), null, "Beneficiarios");
        return registry.beneficiaries(request.getAffiliate().getId()).stream()
                .map(b -> beneficiary(b, applicantId))
                .toList();
    }

    /** "Servicio" (activities 11–13): documents with their verdicts, form data, the service's form. */
    @RolesAllowed("AGENTE")
    public ServiceDetail service(long ticketId) {
        Ticket ticket = owned(ticketId, false);
        ServiceRequest request = ticket.getRequest();
        List<DocumentInfo> documents = documents(request).stream().map(this::document).toList();
        CatalogService service = request.getService();
        // A transferred request keeps the form data filed for its first service: label those
        // values with that service's fields.
        List<CatalogService> earlier = em.createNamedQuery("Ticket.byRequest", Ticket.class)
                .setParameter("request", request).getResultStream().map(Ticket::getService)
                .filter(s -> !s.equals(service)).distinct().toList();
        return new ServiceDetail(documents, formValues(service, earlier, request.getFormData()),
                service.hasForm() ? service.getFormFileName() : null);
    }

    /** A document of the request, to open in a new tab (activity 12). */
    @RolesAllowed("AGENTE")
    public FileDownload document(long ticketId, long documentId) {
        Ticket ticket = owned(ticketId, false);
        RequestDocument document = documentOf(ticket, documentId);
        audit.record(AuditAction.DOCUMENT_VIEWED, ticket.getRequest().getId(), ticket.getId(), document.getId(),
                document.getFileName());
        return new FileDownload(document.getFileName(), document.getContentType(), document.getContent());
    }

    /** The service's downloadable form (activity 13). */
    @RolesAllowed("AGENTE")
    public FileDownload serviceForm(long ticketId) {
        CatalogService service = owned(ticketId, false).getService();
        if (!service.hasForm()) {
            throw new NotFound("error.serviceForm.notFound");
        }
        return new FileDownload(service.getFormFileName(), service.getFormContentType(), service.getFormContent());
    }

    /** The stamped answer as the citizen receives it, once sent. */
    @RolesAllowed("AGENTE")
    public FileDownload response(long ticketId) {
        Ticket ticket = owned(ticketId, false);
        RequestResponse response = responseOf(ticket);
        if (response == null) {
            throw new NotFound("error.document.notFound");
        }
        return new FileDownload(response.getFileName(), "application/pdf", response.getContent());
    }

    /** The libreta de control de atenciones of the SEI, every ticket's notes, oldest first. */
    @RolesAllowed("AGENTE")
    public List<NoteView> notes(long ticketId) {
        Ticket ticket = owned(ticketId, false);
        return em.createNamedQuery("TicketNote.byRequest", TicketNote.class)
                .setParameter("request", ticket.getRequest())
                .getResultStream()
                .map(NoteView::of)
                .toList();
    }

    // ------------------------------------------------------------------ working on it

    /** A note in the libreta (activities 5, 10, 12, 14), kept with the SEI for the next agent. */
    @RolesAllowed("AGENTE")
    public List<NoteView> addNote(long ticketId, String text) {
        Ticket ticket = owned(ticketId, true);
        TicketNote note = new TicketNote(ticket, ticket.getAgent(), text, now());
        em.persist(note);
        audit.record(AuditAction.TICKET_NOTE_ADDED, ticket.getRequest().getId(), ticket.getId(), null,
                Texts.truncate(note.getText(), 200));
        return notes(ticketId);
    }

    /** The document is in order: it joins the affiliate's digital file (activity 12). */
    @RolesAllowed("AGENTE")
    public DocumentInfo validateDocument(long ticketId, long documentId) {
        Ticket ticket = owned(ticketId, true);
        RequestDocument document = documentOf(ticket, documentId);
        LocalDateTime now = now();
        document.validate(ticket.getAgent(), now);
        if (digitalFileEntry(document) == null) {
            em.persist(new DigitalFileEntry(document, now));
        }
        audit.record(AuditAction.DOCUMENT_VALIDATED, ticket.getRequest().getId(), ticket.getId(), document.getId(),
                document.getFileName());
        em.flush();
        return document(document);
    }

    /** The document is not in order; the note says why (activity 12). It leaves the digital file if it was in. */
    @RolesAllowed("AGENTE")
    public DocumentInfo invalidateDocument(long ticketId, long documentId, String note) {
        Ticket ticket = owned(ticketId, true);
        RequestDocument document = documentOf(ticket, documentId);
        document.invalidate(ticket.getAgent(), note, now());
        DigitalFileEntry entry = digitalFileEntry(document);
        if (entry != null) {
            em.remove(entry);
        }
        audit.record(AuditAction.DOCUMENT_INVALIDATED, ticket.getRequest().getId(), ticket.getId(), document.getId(),
                document.getFileName() + ": " + Texts.truncate(document.getValidationNote(), 200));
        em.flush();
        return document(document);
    }

    /**
     * The "Aceptar" dialog's check of the uploaded file (activities 18–20): it must be a PDF; the
     * dialog then shows the SEI and ticket it answers and the name the stamped file will carry.
     */
    @RolesAllowed("AGENTE")
    public ResponseCheck checkResponse(long ticketId, String uploadedFileName, byte[] pdf) {
        Ticket ticket = owned(ticketId, false);
        int pages = stamper.pageCount(cleanResponse(uploadedFileName, pdf));
        return new ResponseCheck(ticket.getRequest().getSeiNumber(), ticket.getNumber(),
                RequestResponse.fileNameFor(ticket.getRequest().getSeiNumber(), ticket.getNumber()),
                uploadedFileName, pages, pdf.length);
    }

    /**
     * "Aceptar" confirmed (activities 21–22): the PDF, stamped with the SEI on every page and named
     * after SEI and ticket, is stored and mailed to the citizen; the request is ATENDIDA (RESPONDIDA).
     */
    @RolesAllowed("AGENTE")
    public TicketGenerals answer(long ticketId, byte[] pdf) {
        Ticket ticket = owned(ticketId, true);
        byte[] clean = cleanResponse(null, pdf);
        ServiceRequest request = ticket.getRequest();
        byte[] stamped = stamper.stamp(clean, request.getSeiNumber());
        LocalDateTime now = now();
        ticket.recordOutcome(TicketOutcome.ANSWERED, now);
        request.answer(now, caller());
        RequestResponse response = new RequestResponse(ticket, ticket.getAgent(), stamped.length, sha256(stamped),
                stamped, now);
        em.persist(response);
        notifications.queue(MailTemplateCode.REQUEST_ANSWERED, request.getCitizen().getAccount().getEmail(), request, null,
                Map.of("ticketNumber", ticket.getNumber(), "link", link()));
        audit.record(AuditAction.REQUEST_ANSWERED, request.getId(), ticket.getId(), null, response.getFileName());
        em.flush();
        return generals(ticket);
    }

    /** "Devolver observado" (activities 23–26): OBSERVADA, the citizen is told what to fix. */
    @RolesAllowed("AGENTE")
    public TicketGenerals observe(long ticketId, String observations) {
        Ticket ticket = owned(ticketId, true);
        ServiceRequest request = ticket.getRequest();
        LocalDateTime now = now();
        request.observe(observations, clocks.correctionDeadline(request.getService(), now.toLocalDate()), now, caller());
        ticket.recordOutcome(TicketOutcome.OBSERVED, now);
        String dueOn = DAY.format(request.getCorrection().getDueOn());
        notifications.queue(MailTemplateCode.REQUEST_OBSERVED, request.getCitizen().getAccount().getEmail(), request, null,
                Map.of("ticketNumber", ticket.getNumber(), "observations", request.getObservations(), "link", link(),
                        "correctionDueDate", dueOn,
                        "correctionDays", String.valueOf(request.getService().getCorrectionBusinessDays())));
        audit.record(AuditAction.REQUEST_OBSERVED, request.getId(), ticket.getId(), null, "Plazo para subsanar hasta el " + dueOn
                + ": " + Texts.truncate(request.getObservations(), 500));
        return generals(ticket);
    }

    /** "Denegar solicitud" (activities 27–30): ATENDIDA (DENEGADA), the citizen gets the reasons. */
    @RolesAllowed("AGENTE")
    public TicketGenerals deny(long ticketId, String reasons) {
        Ticket ticket = owned(ticketId, true);
        ServiceRequest request = ticket.getRequest();
        LocalDateTime now = now();
        request.deny(reasons, now, caller());
        ticket.recordOutcome(TicketOutcome.DENIED, now);
        notifications.queue(MailTemplateCode.REQUEST_DENIED, request.getCitizen().getAccount().getEmail(), request, null,
                Map.of("ticketNumber", ticket.getNumber(), "denialReasons", request.getDenialReasons(), "link", link()));
        audit.record(AuditAction.REQUEST_DENIED, request.getId(), ticket.getId(), null, Texts.truncate(request.getDenialReasons(), 500));
        return generals(ticket);
    }

    /**
     * "Resolver queja": an agent of the area answerable for the complaint finds it procedente or
     * not and answers the citizen, who is mailed the answer and reads it in their request. The
     * ticket's outcome is an answer: the agent then finishes and closes it, and the SEI closes, as
     * after "Aceptar".
     */
    @RolesAllowed("AGENTE")
    public TicketGenerals resolveComplaint(long ticketId, ComplaintFinding finding, String answer) {
        Ticket ticket = owned(ticketId, true);
        ServiceRequest request = ticket.getRequest();
        LocalDateTime now = now();
        request.resolveComplaint(finding, answer, now, caller());
        ticket.recordOutcome(TicketOutcome.ANSWERED, now);
        Complaint complaint = request.getComplaint();
        String findingText = TrailWording.of(complaint.getFinding());
        notifications.queue(MailTemplateCode.COMPLAINT_RESOLVED, request.getCitizen().getAccount().getEmail(), request, null,
                Map.of("ticketNumber", ticket.getNumber(), "complaintFinding", findingText,
                        "complaintAnswer", complaint.getAnswer(), "complaintSubject", complaint.getSubject(),
                        "areaName", complaint.getArea().getName(), "link", link()));
        audit.record(AuditAction.COMPLAINT_RESOLVED, request.getId(), ticket.getId(), null, findingText + ": "
                + Texts.truncate(complaint.getAnswer(), 500));
        return generals(ticket);
    }

    /** "Terminar" (activity 31): the attention is over; the concluding screen. */
    @RolesAllowed("AGENTE")
    public ClosingSummary finish(long ticketId) {
        Ticket ticket = owned(ticketId, true);
        if (ticket.getFinishedAt() == null) {
            ticket.finish(now());
            audit.record(AuditAction.TICKET_FINISHED, ticket.getRequest().getId(), ticket.getId(), null,
                    ticket.getOutcome() == null ? null : "Atención " + TrailWording.of(ticket.getOutcome()));
        }
        return summary(ticket);
    }

    /** The concluding screen again (after a reload). */
    @RolesAllowed("AGENTE")
    public ClosingSummary summary(long ticketId) {
        return summary(owned(ticketId, false));
    }

    /**
     * "Cerrar Ticket" (activities 32–33): the ticket is closed and the agent is back at the
     * initial screen, not available until they ask for the next ticket. When the request was
     * answered or denied its SEI is closed too, asynchronously; an observed one stays open for the
     * citizen to fix.
     */
    @RolesAllowed("AGENTE")
    public void close(long ticketId) {
        Ticket ticket = owned(ticketId, true);
        heldTickets.release(ticket.getAgent(), ticket, ReleaseReason.CLOSED, now(), caller(), null);
    }

    // ------------------------------------------------------------------ transfer

    /** The services the request in attention may go to: active, offered to its applicant, not its own. */
    @RolesAllowed("AGENTE")
    public List<TransferTarget> transferTargets(long ticketId) {
        ServiceRequest request = owned(ticketId, false).getRequest();
        return em.createNamedQuery("CatalogService.active", CatalogService.class).getResultStream()
                .filter(s -> !s.equals(request.getService()) && s.isOfferedTo(request.getApplicantKind()))
                .map(s -> new TransferTarget(s.getId(), s.getName(), s.getArea().getName()))
                .sorted(Comparator.comparing(TransferTarget::areaName).thenComparing(TransferTarget::serviceName))
                .toList();
    }

    /**
     * "Trasladar": the request belongs to another service or area, so instead of observing or
     * denying it the agent sends it there, with a reason. The SEI keeps its number, its filing
     * time (its service-level clock runs on), its form data and documents; it waits again under a
     * new ticket of the target's area, ahead of that queue's fresh tickets as an abandoned one
     * would be (it already waited its turn once), due when the new service's target ends counted
     * from the filing. The libreta keeps the reason, the citizen is mailed, and the agent's ticket
     * closes with the transfer, leaving the agent free as after "Cerrar Ticket". Refused once the
     * agent answered, observed or denied (the citizen was told; the ticket must be closed).
     */
    @RolesAllowed("AGENTE")
    public Transferred transfer(long ticketId, Long serviceId, String reason) {
        Ticket ticket = owned(ticketId, true);
        Agent agent = ticket.getAgent();
        ServiceRequest request = ticket.getRequest();
        CatalogService target = serviceId == null ? null : em.find(CatalogService.class, serviceId);
        if (target == null) {
            throw new RuleViolation("error.transfer.serviceRequired");
        }
        String why = Texts.required(reason, TRANSFER_REASON_MAX, "error.transfer.reasonRequired");
        LocalDateTime now = now();
        String from = request.getService().getName();
        em.persist(new TicketNote(ticket, agent, "Trasladada de «" + from + "» a «" + target.getName() + "» ("
                + target.getArea().getName() + "). Motivo: " + why, now));
        heldTickets.release(agent, ticket, ReleaseReason.TRANSFERRED, now, caller(),
                "A «" + target.getName() + "» (" + target.getArea().getName() + ")");
        request.transferTo(target, why, now, caller());
        if (!target.isAllowsMultipleOpen()) {
            em.createNamedQuery("ServiceRequest.openForService", ServiceRequest.class)
                    .setParameter("citizen", request.getCitizen()).setParameter("service", target)
                    .getResultStream().filter(other -> !other.equals(request)).findFirst()
                    .ifPresent(other -> {
                        throw new RuleViolation("error.transfer.alreadyOpen", target.getName(), other.getSeiNumber());
                    });
        }
        Ticket next = ticketIssuer.issue(request, ticket.getPriority() + AssignmentQueue.ABANDON_PRIORITY_STEP, now);
        em.flush();
        notifications.queue(MailTemplateCode.REQUEST_TRANSFERRED, request.getCitizen().getAccount().getEmail(), request, null,
                Map.of("ticketNumber", next.getNumber(), "previousServiceName", from, "areaName",
                        target.getArea().getName(), "reason", why, "link", link()));
        audit.record(AuditAction.REQUEST_TRANSFERRED, request.getId(), next.getId(), null, "De «" + from + "» (ticket "
                + ticket.getNumber() + ") a «" + target.getName() + "» (ticket " + next.getNumber() + ", vence "
                + next.getDueOn() + "). Motivo: " + Texts.truncate(why, 500));
        return new Transferred(request.getSeiNumber(), ticket.getNumber(), next.getNumber(), target.getName(),
                target.getArea().getName());
    }

    // ------------------------------------------------------------------ helpers

    /**
     * The ticket, if the caller's agent holds it and may attend its service. {@code forChange}
     * locks the agent's row first.
     */
    private Ticket owned(long ticketId, boolean forChange) {
        Agent agent = callerAgent(forChange);
        Ticket ticket = em.find(Ticket.class, ticketId);
        if (ticket == null || ticket.getStatus() != TicketStatus.ASSIGNED || ticket.getAgent() == null
                || !Objects.equals(ticket.getAgent().getId(), agent.getId())
                || !ticket.isWithinCompetenceOf(agent.getAgentType())) {
            audit.recordRefusal(AuditAction.TICKET_ACCESS_REFUSED, null, ticketId, null,
                    "El ticket no está asignado a " + agent.getGestorCode() + " o está fuera de su competencia");
            throw new NotFound("error.ticket.notFound");
        }
        return ticket;
    }

    private Agent callerAgent(boolean lock) {
        return CallerAgent.of(em, caller(), lock);
    }

    private RequestDocument documentOf(Ticket ticket, long documentId) {
        RequestDocument document = em.find(RequestDocument.class, documentId);
        if (document == null || document.isReplaced()
                || !Objects.equals(document.getRequest().getId(), ticket.getRequest().getId())) {
            audit.recordRefusal(AuditAction.DOCUMENT_ACCESS_REFUSED, ticket.getRequest().getId(), ticket.getId(), documentId,
                    "El documento no es de la solicitud del ticket");
            throw new NotFound("error.document.notFound");
        }
        return document;
    }

    private List<RequestDocument> documents(ServiceRequest request) {
        return em.createNamedQuery("RequestDocument.currentByRequest", RequestDocument.class)
                .setParameter("request", request).getResultList();
    }

    private DocumentInfo document(RequestDocument d) {
        return new DocumentInfo(d.getId(), d.getRequirement() == null ? null : d.getRequirement().getName(),
                d.getRequirement() != null && d.getRequirement().isMandatory(), d.getFileName(), d.getContentType(),
                d.getSizeBytes(), d.getValidation(), d.getValidationNote(), digitalFileEntry(d) != null);
    }

    private DigitalFileEntry digitalFileEntry(RequestDocument document) {
        return em.createNamedQuery("DigitalFileEntry.byDocument", DigitalFileEntry.class)
                .setParameter("document", document).getResultStream().findFirst().orElse(null);
    }

    private RequestResponse responseOf(Ticket ticket) {
        return em.createNamedQuery("RequestResponse.byRequest", RequestResponse.class)
                .setParameter("request", ticket.getRequest())
                .getResultStream().filter(r -> r.getTicket().equals(ticket)).findFirst().orElse(null);
    }

    private TicketGenerals generals(Ticket ticket) {
        ServiceRequest request = ticket.getRequest();
        CatalogService service = ticket.getService();
        String name = request.getBeneficiary() != null ? request.getBeneficiary().getFullName()
                : request.getAffiliate().getFullName();
        long elapsed = Duration.between(ticket.getAssignedAt(), now()).toSeconds();
        RequestResponse response = ticket.getOutcome() == TicketOutcome.ANSWERED ? responseOf(ticket) : null;
        return new TicketGenerals(ticket.getId(), ticket.getNumber(), request.getId(), request.getSeiNumber(), name,
                request.getApplicantKind(), request.getAffiliate().getMatricula(), service.getCode(), service.getName(),
                service.getCategory().getName(), ticket.getArea().getName(), request.getFiledAt(), ticket.getAssignedAt(),
                Math.max(0, elapsed), request.getStatus(), ticket.getOutcome(), ticket.getFinishedAt() != null,
                request.getCitizenComment(), response == null ? null : response.getFileName(),
                clocks.dueDates(request, now().toLocalDate()),
                request.isComplaint() ? request.getComplaint().getSubject() : null,
                request.isComplaint() ? request.getComplaint().getFinding() : null);
    }

    private ClosingSummary summary(Ticket ticket) {
        ServiceRequest request = ticket.getRequest();
        int valid = 0;
        int invalid = 0;
        int pending = 0;
        for (RequestDocument document : documents(request)) {
            switch (document.getValidation()) {
                case VALID -> valid++;
                case INVALID -> invalid++;
                default -> pending++;
            }
        }
        LocalDateTime end = ticket.getFinishedAt() != null ? ticket.getFinishedAt() : now();
        RequestResponse response = responseOf(ticket);
        String outcomeText = ticket.getOutcome() == TicketOutcome.OBSERVED ? request.getObservations()
                : ticket.getOutcome() == TicketOutcome.DENIED ? request.getDenialReasons() : null;
        String name = request.getBeneficiary() != null ? request.getBeneficiary().getFullName()
                : request.getAffiliate().getFullName();
        return new ClosingSummary(ticket.getNumber(), request.getSeiNumber(), ticket.getService().getName(), name,
                ticket.getOutcome(), ticket.getAssignedAt(), ticket.getFinishedAt(),
                Math.max(0, Duration.between(ticket.getAssignedAt(), end).toSeconds()), valid, invalid, pending,
                response == null ? null : response.getFileName(), outcomeText, ticket.closesRequest());
    }

    private static BeneficiaryInfo beneficiary(BeneficiaryRecord b, Long applicantId) {
        return new BeneficiaryInfo(b.id(), b.dui(), b.firstNames(), b.lastNames(), b.birthDate(), b.relationship(),
                b.phone(), b.email(), applicantId != null && applicantId == b.id());
    }

    /**
     * The form's fields in the service's order with the citizen's values, removed fields that the
     * request has a value for under their label; values no field ever had (data typed by hand) last.
     */
    static List<ServiceDetail.FormValue> formValues(CatalogService service, String formData) {
        return formValues(service, List.of(), formData);
    }

    /**
     * The same for a request that was transferred: values the current service never asked for
     * are shown under the label of the earlier service's field that asked for them, after the
     * current service's fields.
     */
    static List<ServiceDetail.FormValue> formValues(CatalogService service, List<CatalogService> earlier,
                                                    String formData) {
        Map<String, String> values = new LinkedHashMap<>();
        try {
            values.putAll(FlatJson.fromJson(formData));
        } catch (JsonException e) {
            values.put("—", formData);
        }
        List<ServiceDetail.FormValue> form = new ArrayList<>();
        for (ServiceField field : service.getFieldsEverAsked()) {
            // A field removed since is shown only where the request holds a value for it.
            if (!field.isRetired() || values.containsKey(field.getCode())) {
                String value = values.remove(field.getCode());
                form.add(new ServiceDetail.FormValue(field.getLabel(), value == null ? null : FormData.shown(field, value)));
            }
        }
        for (CatalogService before : earlier) {
            for (ServiceField field : before.getFieldsEverAsked()) {
                String value = values.remove(field.getCode());
                if (value != null) {
                    form.add(new ServiceDetail.FormValue(field.getLabel(), FormData.shown(field, value)));
                }
            }
        }
        values.forEach((code, value) -> form.add(new ServiceDetail.FormValue(code, value)));
        return form;
    }

    /**
     * The answer as the citizen may receive it: a PDF within the limit, rewritten without active
     * content (an agent's file may carry what the agent never saw), before it is stamped.
     */
    private byte[] cleanResponse(String fileName, byte[] pdf) {
        if (pdf == null || pdf.length == 0) {
            throw new RuleViolation("error.response.required");
        }
        if (pdf.length > limits.getAnswerMaxBytes()) {
            throw new RuleViolation("error.response.tooLarge", limits.getAnswerMaxMegabytes());
        }
        if (!DocumentInspector.PDF.equals(DocumentInspector.detect(pdf))) {
            throw new RuleViolation("error.response.notPdf");
        }
        return inspector.inspect(fileName == null ? "respuesta.pdf" : fileName, pdf).content();
    }

    private String link() {
        return links.myRequests();
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
