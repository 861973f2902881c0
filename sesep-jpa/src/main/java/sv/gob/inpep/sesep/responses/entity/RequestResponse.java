package sv.gob.inpep.sesep.responses.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import sv.gob.inpep.sesep.RuleViolation;
import sv.gob.inpep.sesep.Texts;
import sv.gob.inpep.sesep.agents.entity.Agent;
import sv.gob.inpep.sesep.requests.entity.ServiceRequest;
import sv.gob.inpep.sesep.tickets.entity.Ticket;
import sv.gob.inpep.sesep.tickets.entity.TicketStatus;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The answer sent to the citizen: the agent's PDF with the SEI number already stamped on every
 * page (activity 17). The name follows the manual's convention and is derived here, so the agent
 * no longer types it and it cannot disagree with the SEI and ticket it belongs to.
 */
@Entity
@Table(name = "request_response")
@Cacheable(false)
@NamedQuery(name = "RequestResponse.byRequest",
        query = "SELECT r FROM RequestResponse r WHERE r.request = :request ORDER BY r.createdAt DESC, r.id DESC")
public class RequestResponse {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "request_response_seq")
    @SequenceGenerator(name = "request_response_seq", sequenceName = "request_response_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id", nullable = false)
    private ServiceRequest request;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ticket_id", nullable = false)
    private Ticket ticket;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agent_id", nullable = false)
    private Agent agent;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false)
    private byte[] content;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected RequestResponse() {
    }

    /** The stamped PDF of the ticket in attention; size and hash are the caller's, of these bytes. */
    public RequestResponse(Ticket ticket, Agent agent, long sizeBytes, String sha256, byte[] stampedPdf,
                           LocalDateTime now) {
        this.ticket = Objects.requireNonNull(ticket, "ticket");
        if (ticket.getStatus() != TicketStatus.ASSIGNED) {
            throw new RuleViolation("error.ticket.notAssigned", ticket.getNumber());
        }
        this.request = ticket.getRequest();
        this.agent = Objects.requireNonNull(agent, "agent");
        this.fileName = fileNameFor(request.getSeiNumber(), ticket.getNumber());
        this.sizeBytes = sizeBytes;
        this.sha256 = Texts.nonBlank(sha256, "sha256");
        this.content = Objects.requireNonNull(stampedPdf, "stampedPdf");
        this.createdAt = Objects.requireNonNull(now, "now");
    }

    /** The manual's name, e.g. {@code SEI2026000001 CWG-1.pdf} for SEI-2026000001 and ticket CWG-1. */
    public static String fileNameFor(String seiNumber, String ticketNumber) {
        return seiNumber.replace("-", "") + " " + ticketNumber + ".pdf";
    }

    public Long getId() {
        return id;
    }

    public ServiceRequest getRequest() {
        return request;
    }

    public Ticket getTicket() {
        return ticket;
    }

    public Agent getAgent() {
        return agent;
    }

    public String getFileName() {
        return fileName;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    /** Not copied: files can run to megabytes, and nothing downstream modifies them. */
    public byte[] getContent() {
        return content;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
