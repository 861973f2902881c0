package sv.gob.inpep.sesep.documents.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import sv.gob.inpep.sesep.Texts;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The original bytes of a file stored before SESEP rewrote every file, which today's rewrite
 * refuses (not a PDF, JPEG or PNG by content, damaged, encrypted). Its row now serves a notice
 * instead; the original is kept for the institute's security officer and no page serves it.
 */
@Entity
@Table(name = "withheld_file")
@Cacheable(false)
public class WithheldFile {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "withheld_file_seq")
    @SequenceGenerator(name = "withheld_file_seq", sequenceName = "withheld_file_seq", allocationSize = 50)
    private Long id;

    @Column(name = "stored_in", nullable = false, length = 40)
    private String storedIn;

    @Column(name = "row_id", nullable = false)
    private long rowId;

    @Column(name = "request_id")
    private Long requestId;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false)
    private byte[] content;

    @Column(name = "reason", nullable = false, length = 100)
    private String reason;

    @Column(name = "withheld_at", nullable = false)
    private LocalDateTime withheldAt;

    protected WithheldFile() {
    }

    public WithheldFile(String storedIn, long rowId, Long requestId, String fileName, String sha256, byte[] content,
                        String reason, LocalDateTime now) {
        this.storedIn = Texts.nonBlank(storedIn, "storedIn");
        this.rowId = rowId;
        this.requestId = requestId;
        this.fileName = Texts.nonBlank(fileName, "fileName");
        this.sha256 = Texts.nonBlank(sha256, "sha256");
        this.content = Objects.requireNonNull(content, "content");
        this.reason = Texts.nonBlank(reason, "reason");
        this.withheldAt = Objects.requireNonNull(now, "now");
    }

    public Long getId() {
        return id;
    }

    public String getStoredIn() {
        return storedIn;
    }

    public long getRowId() {
        return rowId;
    }

    public Long getRequestId() {
        return requestId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getSha256() {
        return sha256;
    }

    public byte[] getContent() {
        return content;
    }

    public String getReason() {
        return reason;
    }

    public LocalDateTime getWithheldAt() {
        return withheldAt;
    }
}
