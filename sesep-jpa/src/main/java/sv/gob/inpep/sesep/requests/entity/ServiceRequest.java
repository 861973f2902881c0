package sv.gob.inpep.sesep.requests.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import sv.gob.inpep.sesep.RuleViolation;
import sv.gob.inpep.sesep.Texts;
import sv.gob.inpep.sesep.accounts.entity.Citizen;
import sv.gob.inpep.sesep.catalog.entity.CatalogService;
import sv.gob.inpep.sesep.catalog.entity.ManagementArea;
import sv.gob.inpep.sesep.complaints.entity.Complaint;
import sv.gob.inpep.sesep.complaints.entity.ComplaintFinding;
import sv.gob.inpep.sesep.registry.entity.Affiliate;
import sv.gob.inpep.sesep.registry.entity.Beneficiary;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Solicitud Electrónica (SEI): what a citizen asked for and where it stands. Every change of
 * status goes through a named method that checks the manual's order of things and appends a
 * {@link RequestStatusChange}, which is persisted with the request.
 */
@Entity
@Table(name = "service_request")
@Cacheable(false)
@NamedQuery(name = "ServiceRequest.byCitizen",
        query = "SELECT r FROM ServiceRequest r WHERE r.citizen = :citizen ORDER BY r.filedAt DESC")
// The citizen's lists (RequestTracking), a page at a time: newest first, the id keeping the order
// of two filed in the same instant stable from one page to the next.
@NamedQuery(name = "ServiceRequest.ofCitizenInStatus",
        query = "SELECT r FROM ServiceRequest r WHERE r.citizen = :citizen AND r.status IN :statuses"
                + " ORDER BY r.filedAt DESC, r.id DESC")
@NamedQuery(name = "ServiceRequest.countOfCitizenInStatus",
        query = "SELECT COUNT(r) FROM ServiceRequest r WHERE r.citizen = :citizen AND r.status IN :statuses")
@NamedQuery(name = "ServiceRequest.ofCitizenWithResolution",
        query = "SELECT r FROM ServiceRequest r WHERE r.citizen = :citizen AND r.resolution = :resolution"
                + " ORDER BY r.filedAt DESC, r.id DESC")
@NamedQuery(name = "ServiceRequest.countOfCitizenWithResolution",
        query = "SELECT COUNT(r) FROM ServiceRequest r WHERE r.citizen = :citizen AND r.resolution = :resolution")
// The services a citizen has a request open for (a service may allow only one at a time).
@NamedQuery(name = "ServiceRequest.servicesOpenFor",
        query = "SELECT DISTINCT r.service.id FROM ServiceRequest r WHERE r.citizen = :citizen AND r.status IN :open")
@NamedQuery(name = "ServiceRequest.bySeiNumber",
        query = "SELECT r FROM ServiceRequest r WHERE r.seiNumber = :seiNumber")
// The applicant's DUI is the beneficiary's when a beneficiary filed, else the holder's: two
// queries, each answered by its index, since one with an OR across both joins reads every request.
@NamedQuery(name = "ServiceRequest.byBeneficiaryDui",
        query = "SELECT r FROM ServiceRequest r WHERE r.beneficiary.dui = :dui ORDER BY r.filedAt DESC")
@NamedQuery(name = "ServiceRequest.byHolderDui",
        query = "SELECT r FROM ServiceRequest r WHERE r.affiliate.dui = :dui AND r.beneficiary IS NULL"
                + " ORDER BY r.filedAt DESC")
@NamedQuery(name = "ServiceRequest.byNup",
        query = "SELECT r FROM ServiceRequest r WHERE r.affiliate.nup = :nup ORDER BY r.filedAt DESC")
@NamedQuery(name = "ServiceRequest.bySubmissionToken",
        query = "SELECT r FROM ServiceRequest r WHERE r.submissionToken = :submissionToken")
// The states listed are RequestStatus.OPEN.
@NamedQuery(name = "ServiceRequest.countOpenForService",
        query = "SELECT COUNT(r) FROM ServiceRequest r WHERE r.citizen = :citizen AND r.service = :service"
                + " AND r.status IN (sv.gob.inpep.sesep.requests.entity.RequestStatus.FILED,"
                + " sv.gob.inpep.sesep.requests.entity.RequestStatus.IN_ATTENTION,"
                + " sv.gob.inpep.sesep.requests.entity.RequestStatus.OBSERVED)")
// Same condition as countOpenForService, for telling the citizen which SEI is still open.
@NamedQuery(name = "ServiceRequest.openForService",
        query = "SELECT r FROM ServiceRequest r WHERE r.citizen = :citizen AND r.service = :service"
                + " AND r.status IN (sv.gob.inpep.sesep.requests.entity.RequestStatus.FILED,"
                + " sv.gob.inpep.sesep.requests.entity.RequestStatus.IN_ATTENTION,"
                + " sv.gob.inpep.sesep.requests.entity.RequestStatus.OBSERVED) ORDER BY r.filedAt")
// The correction deadlines' sweep (CorrectionDeadlines): observed requests whose reminder is due,
// and those whose time to fix them ran out. Both read the index on (status, correction_due_on).
@NamedQuery(name = "ServiceRequest.correctionReminderDue",
        query = "SELECT r.id FROM ServiceRequest r WHERE r.status = sv.gob.inpep.sesep.requests.entity.RequestStatus.OBSERVED"
                + " AND r.correction.remindOn <= :today AND r.correction.remindedAt IS NULL"
                + " AND r.correction.dueOn >= :today ORDER BY r.correction.dueOn, r.id")
@NamedQuery(name = "ServiceRequest.correctionLapsed",
        query = "SELECT r.id FROM ServiceRequest r WHERE r.status = sv.gob.inpep.sesep.requests.entity.RequestStatus.OBSERVED"
                + " AND r.correction.dueOn < :today ORDER BY r.correction.dueOn, r.id")
// SEIs answered or denied whose tickets are all closed, the last before :cutoff: their closing
// message (activity 33) should have closed them long ago (requests.boundary.PendingClosings).
@NamedQuery(name = "ServiceRequest.closingOverdue",
        query = "SELECT r.id FROM ServiceRequest r WHERE r.status = sv.gob.inpep.sesep.requests.entity.RequestStatus.ATTENDED"
                + " AND EXISTS (SELECT t FROM Ticket t WHERE t.request = r"
                + " AND t.status = sv.gob.inpep.sesep.tickets.entity.TicketStatus.CLOSED AND t.closedAt < :cutoff)"
                + " AND NOT EXISTS (SELECT o FROM Ticket o WHERE o.request = r"
                + " AND (o.status <> sv.gob.inpep.sesep.tickets.entity.TicketStatus.CLOSED OR o.closedAt >= :cutoff))"
                + " ORDER BY r.id")
public class ServiceRequest {

    /** Largest yearly sequence that fits the six digits of an SEI number. */
    public static final long MAX_YEARLY_SEQUENCE = 999_999L;

    private static final String PROVISIONAL_PREFIX = "TMP-";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_request_seq")
    @SequenceGenerator(name = "service_request_seq", sequenceName = "service_request_seq", allocationSize = 50)
    private Long id;

    @Column(name = "sei_number", nullable = false, unique = true, length = 20)
    private String seiNumber;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "citizen_id", nullable = false)
    private Citizen citizen;

    /**
     * Applicant data as it was at filing (the receipt shows it); the citizen's link to the
     * registry may change later, the request must not.
     */
    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_kind", nullable = false, length = 20)
    private ApplicantKind applicantKind;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "affiliate_id", nullable = false)
    private Affiliate affiliate;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "beneficiary_id")
    private Beneficiary beneficiary;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_id", nullable = false)
    private CatalogService service;

    /** JSON object, field code to value; kept as text because each service has its own fields. */
    @Column(name = "form_data", length = 20000)
    private String formData;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private RequestStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "resolution", length = 20)
    private Resolution resolution;

    /** The latest observations; earlier ones stay in the history's notes. */
    @Column(name = "observations", length = 8000)
    private String observations;

    @Column(name = "denial_reasons", length = 8000)
    private String denialReasons;

    @Column(name = "citizen_comment", length = 4000)
    private String citizenComment;

    /** While observed: until when it may be fixed. Kept once the request is closed, for its record. */
    @Embedded
    private CorrectionDeadline correction;

    /** For a complaint service's request: the area answerable for it, and its finding once resolved. */
    @Embedded
    private Complaint complaint;

    /** One per filing form: a double click or a resent form finds the SEI already filed. */
    @Column(name = "submission_token", nullable = false, unique = true, length = 64)
    private String submissionToken;

    @Column(name = "declaration_accepted_at", nullable = false)
    private LocalDateTime declarationAcceptedAt;

    /** The first filing; service levels count from here, a fix after an observation does not reset it. */
    @Column(name = "filed_at", nullable = false)
    private LocalDateTime filedAt;

    @Column(name = "attended_at")
    private LocalDateTime attendedAt;

    @Column(name = "closed_at")
    private LocalDateTime closedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    // Id breaks ties: two steps in one transaction share their timestamp.
    @OneToMany(mappedBy = "request", cascade = CascadeType.PERSIST)
    @OrderBy("changedAt, id")
    private List<RequestStatusChange> history = new ArrayList<>();

    protected ServiceRequest() {
    }

    /**
     * Files a request (PRESENTADA). The applicant data are copied from the citizen. Refused when the
     * service is withdrawn or not offered to the citizen's kind, or without the Annex 1 declaration.
     */
    public ServiceRequest(String seiNumber, Citizen citizen, CatalogService service, String formData,
                          String submissionToken, LocalDateTime declarationAcceptedAt, LocalDateTime now) {
        this.seiNumber = Texts.nonBlank(seiNumber, "seiNumber");
        this.citizen = Objects.requireNonNull(citizen, "citizen");
        this.service = Objects.requireNonNull(service, "service");
        this.submissionToken = Texts.nonBlank(submissionToken, "submissionToken");
        Objects.requireNonNull(now, "now");
        if (!service.isActive()) {
            throw new RuleViolation("error.request.serviceInactive", service.getName());
        }
        if (!service.isOfferedTo(citizen.getApplicantKind())) {
            throw new RuleViolation("error.request.serviceNotOffered", service.getName(), citizen.getApplicantKind());
        }
        if (declarationAcceptedAt == null) {
            throw new RuleViolation("error.request.declarationRequired");
        }
        this.applicantKind = citizen.getApplicantKind();
        this.affiliate = citizen.getAffiliate();
        this.beneficiary = citizen.getBeneficiary();
        this.formData = Texts.optional(formData, 20000);
        this.declarationAcceptedAt = declarationAcceptedAt;
        this.filedAt = now;
        this.status = RequestStatus.FILED;
        history.add(new RequestStatusChange(this, null, RequestStatus.FILED, now,
                citizen.getAccount().getUsername(), null));
    }

    /**
     * A placeholder number for a request whose filing transaction has not taken its official
     * number yet. Filing writes the request and its (possibly large) documents first and takes the
     * gap-free number last, because the number's counter stays locked until the transaction ends
     * and every filing of the year waits for it; {@link #assignSeiNumber} replaces the placeholder
     * before the transaction commits, so no committed request ever carries one.
     */
    public static String provisionalSeiNumber() {
        return PROVISIONAL_PREFIX + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    /** Gives the request its official number; only once, replacing the provisional one. */
    public void assignSeiNumber(String officialNumber) {
        if (!seiNumber.startsWith(PROVISIONAL_PREFIX)) {
            throw new IllegalStateException(seiNumber + " already has its official number");
        }
        String number = Texts.nonBlank(officialNumber, "officialNumber");
        if (number.startsWith(PROVISIONAL_PREFIX)) {
            throw new IllegalArgumentException("not an official number: " + number);
        }
        this.seiNumber = number;
    }

    /** {@code SEI-YYYYNNNNNN}: the year and the request's place in that year's gap-free sequence. */
    public static String seiNumberFor(int year, long yearlySequence) {
        if (yearlySequence < 1 || yearlySequence > MAX_YEARLY_SEQUENCE) {
            throw new IllegalArgumentException("yearly SEI sequence out of range: " + yearlySequence);
        }
        return String.format("SEI-%04d%06d", year, yearlySequence);
    }

    /** An agent took the request's ticket (activity 3). */
    public void startAttention(LocalDateTime now, String actor) {
        require(RequestStatus.FILED, "error.request.notFiled");
        moveTo(RequestStatus.IN_ATTENTION, now, actor, null);
    }

    /**
     * "Devolver observado" (activities 23–26): the citizen must fix something by the deadline,
     * which is fixed now and does not move.
     */
    public void observe(String text, CorrectionDeadline deadline, LocalDateTime now, String actor) {
        require(RequestStatus.IN_ATTENTION, "error.request.notInAttention");
        String checked = Texts.required(text, 8000, "error.request.observationsRequired");
        this.correction = Objects.requireNonNull(deadline, "deadline");
        this.observations = checked;
        moveTo(RequestStatus.OBSERVED, now, actor, checked);
    }

    /**
     * Routes a complaint, as it is filed and before its first ticket is queued, to the area
     * answerable for what it is about (its tickets then wait for that area's agents).
     */
    public void routeComplaint(ManagementArea area, String subject) {
        if (!service.isComplaint()) {
            throw new IllegalStateException(service.getCode() + " is not a complaint service");
        }
        if (complaint != null || status != RequestStatus.FILED) {
            throw new IllegalStateException(seiNumber + ": a complaint is routed once, when it is filed");
        }
        this.complaint = new Complaint(area, subject);
    }

    /**
     * The area whose queue the request's tickets wait in: for a complaint the area answerable for
     * it, otherwise the one that attends its service.
     */
    public ManagementArea getAreaInCharge() {
        return isComplaint() ? complaint.getArea() : service.getArea();
    }

    /** A request of a complaint service, routed (a request transferred to another service no longer is one). */
    public boolean isComplaint() {
        return complaint != null && service.isComplaint();
    }

    /**
     * The complaint is resolved, procedente or no procedente, with the answer the citizen reads:
     * ATENDIDA (RESPONDIDA), counted by the complaints KPI from filing to now.
     */
    public void resolveComplaint(ComplaintFinding finding, String answer, LocalDateTime now, String actor) {
        require(RequestStatus.IN_ATTENTION, "error.request.notInAttention");
        if (!isComplaint()) {
            throw new RuleViolation("error.complaint.notAComplaint", seiNumber);
        }
        complaint.resolve(finding, answer);
        this.resolution = Resolution.ANSWERED;
        this.attendedAt = now;
        moveTo(RequestStatus.ATTENDED, now, actor, (finding == ComplaintFinding.UPHELD ? "Procedente" : "No procedente")
                + ": " + complaint.getAnswer());
    }

    /** "Aceptar" with the response attached (activities 18–22). */
    public void answer(LocalDateTime now, String actor) {
        require(RequestStatus.IN_ATTENTION, "error.request.notInAttention");
        requireNotComplaint();
        this.resolution = Resolution.ANSWERED;
        this.attendedAt = now;
        moveTo(RequestStatus.ATTENDED, now, actor, null);
    }

    /** "Denegar solicitud" (activities 27–30): attended, with the reasons the citizen will read. */
    public void deny(String reasons, LocalDateTime now, String actor) {
        require(RequestStatus.IN_ATTENTION, "error.request.notInAttention");
        requireNotComplaint();
        String checked = Texts.required(reasons, 8000, "error.request.denialReasonsRequired");
        this.resolution = Resolution.DENIED;
        this.denialReasons = checked;
        this.attendedAt = now;
        moveTo(RequestStatus.ATTENDED, now, actor, checked);
    }

    /**
     * Subsanar: the citizen fixed an observed request and it queues again. The comment is optional
     * because the fix may be new documents alone.
     */
    public void resubmit(String comment, LocalDateTime now, String actor) {
        require(RequestStatus.OBSERVED, "error.request.notObserved");
        String checked = Texts.optional(comment, 4000);
        this.citizenComment = checked;
        this.correction = null;
        moveTo(RequestStatus.FILED, now, actor, checked);
    }

    /** The reminder that the time to fix the request runs out went out; refused unless it was due. */
    public void remindOfCorrection(LocalDate today, LocalDateTime now) {
        require(RequestStatus.OBSERVED, "error.request.notObserved");
        if (!correction.isReminderDue(today)) {
            throw new IllegalStateException(seiNumber + ": no correction reminder due on " + today);
        }
        correction.markReminded(now);
    }

    /**
     * Desistir: the citizen gives up a request that no agent holds, waiting in the queue or
     * observed. It closes as desistida and no longer counts as open for the service. Whether an
     * agent holds its ticket is the ticket's business; the caller checks that under its lock.
     */
    public void withdraw(LocalDateTime now, String actor) {
        if (status != RequestStatus.FILED && status != RequestStatus.OBSERVED) {
            throw new RuleViolation("error.request.notWithdrawable", seiNumber, status);
        }
        closeAsWithdrawn(now, actor);
    }

    /**
     * The time to fix an observed request ran out without a fix: it closes as desistida, the way
     * a withdrawal does (Ley de Procedimientos Administrativos: a correction not made in time is a
     * withdrawal of the petition).
     */
    public void lapse(LocalDate today, LocalDateTime now, String actor) {
        require(RequestStatus.OBSERVED, "error.request.notObserved");
        if (correction == null || !correction.hasLapsed(today)) {
            throw new IllegalStateException(seiNumber + ": the time to fix it has not run out on " + today);
        }
        closeAsWithdrawn(now, actor);
    }

    /** Whether the citizen may still withdraw it, as far as the request's own state goes. */
    public boolean isWithdrawable() {
        return status == RequestStatus.FILED || status == RequestStatus.OBSERVED;
    }

    private void closeAsWithdrawn(LocalDateTime now, String actor) {
        this.resolution = Resolution.WITHDRAWN;
        this.closedAt = Objects.requireNonNull(now, "now");
        moveTo(RequestStatus.CLOSED, now, actor, null);
    }

    /**
     * Closes the SEI after its last ticket was closed (activity 33). Only an answered or denied
     * request closes; an observed one stays open for the citizen to fix.
     */
    public void close(LocalDateTime now, String actor) {
        if (status != RequestStatus.ATTENDED || resolution == null) {
            throw new RuleViolation("error.request.notAttended", seiNumber, status);
        }
        this.closedAt = now;
        moveTo(RequestStatus.CLOSED, now, actor, null);
    }

    /**
     * Traslado: the request belongs to another service (or area) than the one it was filed for.
     * It keeps its SEI, its filing time (service levels count from there), its form data and its
     * documents, and waits again, for the new service; the history keeps the reason.
     */
    public void transferTo(CatalogService target, String reason, LocalDateTime now, String actor) {
        require(RequestStatus.IN_ATTENTION, "error.request.notInAttention");
        Objects.requireNonNull(target, "target");
        String checked = Texts.required(reason, 2000, "error.transfer.reasonRequired");
        if (target.equals(service)) {
            throw new RuleViolation("error.transfer.sameService", target.getName());
        }
        if (!target.isActive()) {
            throw new RuleViolation("error.request.serviceInactive", target.getName());
        }
        if (!target.isOfferedTo(applicantKind)) {
            throw new RuleViolation("error.transfer.serviceNotOffered", target.getName());
        }
        String from = service.getName();
        this.service = target;
        moveTo(RequestStatus.FILED, now, actor, "Trasladada de «" + from + "» a «" + target.getName() + "»: " + checked);
    }

    /** The ticket was abandoned or its agent's session expired: back to the queue (activity 35). */
    public void returnToQueue(LocalDateTime now, String actor) {
        require(RequestStatus.IN_ATTENTION, "error.request.notInAttention");
        moveTo(RequestStatus.FILED, now, actor, null);
    }

    /** Whether it counts against the service's "one open request per citizen". */
    public boolean isOpen() {
        return status.isOpen();
    }

    /** A complaint ends with its finding ({@link #resolveComplaint}), not with a document or a denial. */
    private void requireNotComplaint() {
        if (isComplaint()) {
            throw new RuleViolation("error.complaint.resolveInstead", seiNumber);
        }
    }

    private void require(RequestStatus expected, String messageKey) {
        if (status != expected) {
            throw new RuleViolation(messageKey, seiNumber, status);
        }
    }

    private void moveTo(RequestStatus next, LocalDateTime now, String actor, String note) {
        Objects.requireNonNull(now, "now");
        Texts.nonBlank(actor, "actor");
        history.add(new RequestStatusChange(this, status, next, now, actor, note));
        this.status = next;
    }

    public Long getId() {
        return id;
    }

    public String getSeiNumber() {
        return seiNumber;
    }

    public Citizen getCitizen() {
        return citizen;
    }

    public ApplicantKind getApplicantKind() {
        return applicantKind;
    }

    public Affiliate getAffiliate() {
        return affiliate;
    }

    public Beneficiary getBeneficiary() {
        return beneficiary;
    }

    public CatalogService getService() {
        return service;
    }

    public String getFormData() {
        return formData;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public Resolution getResolution() {
        return resolution;
    }

    public String getObservations() {
        return observations;
    }

    public String getDenialReasons() {
        return denialReasons;
    }

    public String getCitizenComment() {
        return citizenComment;
    }

    /** Null unless the request was observed (and not fixed since). */
    public CorrectionDeadline getCorrection() {
        return correction;
    }

    /** Null unless the request was filed for a complaint service. */
    public Complaint getComplaint() {
        return complaint;
    }

    public String getSubmissionToken() {
        return submissionToken;
    }

    public LocalDateTime getDeclarationAcceptedAt() {
        return declarationAcceptedAt;
    }

    public LocalDateTime getFiledAt() {
        return filedAt;
    }

    public LocalDateTime getAttendedAt() {
        return attendedAt;
    }

    public LocalDateTime getClosedAt() {
        return closedAt;
    }

    public long getVersion() {
        return version;
    }

    /** The timeline, oldest first. */
    public List<RequestStatusChange> getHistory() {
        return Collections.unmodifiableList(history);
    }
}
