package sv.gob.inpep.sesep.documents.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import sv.gob.inpep.sesep.registry.entity.Affiliate;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A validated document in the expediente digital. The file is filed under the affiliate (the
 * holder), not the requester, because the institute keeps one file per affiliation; the
 * document itself is referenced, not copied.
 */
@Entity
@Table(name = "digital_file_entry")
@Cacheable(false)
@NamedQuery(name = "DigitalFileEntry.byAffiliate",
        query = "SELECT e FROM DigitalFileEntry e WHERE e.affiliate = :affiliate ORDER BY e.addedAt DESC, e.id DESC")
@NamedQuery(name = "DigitalFileEntry.byDocument",
        query = "SELECT e FROM DigitalFileEntry e WHERE e.document = :document")
public class DigitalFileEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "digital_file_entry_seq")
    @SequenceGenerator(name = "digital_file_entry_seq", sequenceName = "digital_file_entry_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "affiliate_id", nullable = false)
    private Affiliate affiliate;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id", nullable = false, unique = true)
    private RequestDocument document;

    @Column(name = "added_at", nullable = false)
    private LocalDateTime addedAt;

    protected DigitalFileEntry() {
    }

    /** Files a document the agent validated under the request's affiliate. */
    public DigitalFileEntry(RequestDocument document, LocalDateTime now) {
        this.document = Objects.requireNonNull(document, "document");
        if (document.getValidation() != DocumentValidation.VALID) {
            throw new IllegalArgumentException("only a validated document joins the digital file");
        }
        this.affiliate = document.getRequest().getAffiliate();
        this.addedAt = Objects.requireNonNull(now, "now");
    }

    public Long getId() {
        return id;
    }

    public Affiliate getAffiliate() {
        return affiliate;
    }

    public RequestDocument getDocument() {
        return document;
    }

    public LocalDateTime getAddedAt() {
        return addedAt;
    }
}
