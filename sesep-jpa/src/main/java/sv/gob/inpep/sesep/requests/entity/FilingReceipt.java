package sv.gob.inpep.sesep.requests.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import sv.gob.inpep.sesep.Texts;
import sv.gob.inpep.sesep.tickets.entity.Ticket;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A Comprobante de Presentación (Annex 1) or an attention ticket (Annex 2) exactly as it was
 * issued. Kept rather than re-rendered, so that what the citizen downloads later is the document
 * they were given, even after the catalogue or the layout changes.
 */
@Entity
@Table(name = "filing_receipt")
@Cacheable(false)
@NamedQuery(name = "FilingReceipt.byRequest",
        query = "SELECT f FROM FilingReceipt f WHERE f.request = :request ORDER BY f.issuedAt, f.kind")
@NamedQuery(name = "FilingReceipt.byVerificationCode",
        query = "SELECT f FROM FilingReceipt f WHERE f.verificationCode = :code")
public class FilingReceipt {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "filing_receipt_seq")
    @SequenceGenerator(name = "filing_receipt_seq", sequenceName = "filing_receipt_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id", nullable = false)
    private ServiceRequest request;

    /** The ticket printed on it (Annex 1's "registro de atención", Annex 2's number). */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ticket_id", nullable = false)
    private Ticket ticket;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private ReceiptKind kind;

    @Column(name = "verification_code", nullable = false, unique = true, length = 40)
    private String verificationCode;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false)
    private byte[] content;

    @Column(name = "issued_at", nullable = false)
    private LocalDateTime issuedAt;

    protected FilingReceipt() {
    }

    public FilingReceipt(ServiceRequest request, Ticket ticket, ReceiptKind kind, String verificationCode,
                         String sha256, byte[] content, LocalDateTime now) {
        this.request = Objects.requireNonNull(request, "request");
        this.ticket = Objects.requireNonNull(ticket, "ticket");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.verificationCode = Texts.nonBlank(verificationCode, "verificationCode");
        this.sha256 = Texts.nonBlank(sha256, "sha256");
        this.content = Objects.requireNonNull(content, "content");
        this.issuedAt = Objects.requireNonNull(now, "now");
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

    public ReceiptKind getKind() {
        return kind;
    }

    public String getVerificationCode() {
        return verificationCode;
    }

    public String getSha256() {
        return sha256;
    }

    /** Not copied: files can run to megabytes, and nothing downstream modifies them. */
    public byte[] getContent() {
        return content;
    }

    public LocalDateTime getIssuedAt() {
        return issuedAt;
    }
}
