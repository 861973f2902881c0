package sv.gob.inpep.sesep.notifications.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.CacheUsage;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;
import org.eclipse.persistence.config.QueryType;
import sv.gob.inpep.sesep.SharedCache;
import sv.gob.inpep.sesep.Texts;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The Spanish text of one kind of e-mail (REQUEST_FILED, REQUEST_OBSERVED, ...). Kept in the
 * database so that the administrator can reword mail without a release; who changed it last is
 * recorded because the wording is the institute's official voice.
 */
@Entity
@Table(name = "mail_template")
@Cacheable(true)
@Cache(expiry = SharedCache.EXPIRY_MILLIS)
@NamedQuery(name = "MailTemplate.byCode", query = "SELECT m FROM MailTemplate m WHERE m.code = :code")
// Every mail looks its template up by code to render it: the few templates are found in the shared
// cache (within its expiry, as em.find would) and read as they are there, not queried and copied into
// the transaction each time (10 % of a delivery's CPU time). Never changed through this query.
@NamedQuery(name = "MailTemplate.forRendering", query = "SELECT m FROM MailTemplate m WHERE m.code = :code", hints = {
        @QueryHint(name = QueryHints.QUERY_TYPE, value = QueryType.ReadObject),
        @QueryHint(name = QueryHints.CACHE_USAGE, value = CacheUsage.CheckCacheThenDatabase),
        @QueryHint(name = QueryHints.READ_ONLY, value = HintValues.TRUE)})
@NamedQuery(name = "MailTemplate.ordered", query = "SELECT m FROM MailTemplate m ORDER BY m.code")
public class MailTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_template_seq")
    @SequenceGenerator(name = "mail_template_seq", sequenceName = "mail_template_seq", allocationSize = 50)
    private Long id;

    /** What the code refers to; fixed, because the system looks templates up by it. */
    @Column(name = "code", nullable = false, unique = true, length = 40)
    private String code;

    @Column(name = "subject", nullable = false, length = 300)
    private String subject;

    @Column(name = "body_html", nullable = false, length = 20000)
    private String bodyHtml;

    @Column(name = "body_text", nullable = false, length = 20000)
    private String bodyText;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "updated_by", nullable = false, length = 60)
    private String updatedBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected MailTemplate() {
    }

    public MailTemplate(String code, String subject, String bodyHtml, String bodyText, LocalDateTime now, String actor) {
        this.code = Texts.nonBlank(code, "code");
        revise(subject, bodyHtml, bodyText, now, actor);
    }

    /** The administrator's edit: all three texts together, signed and dated. */
    public void revise(String subject, String bodyHtml, String bodyText, LocalDateTime now, String actor) {
        this.subject = Texts.nonBlank(subject, "subject");
        this.bodyHtml = Texts.nonBlank(bodyHtml, "bodyHtml");
        this.bodyText = Texts.nonBlank(bodyText, "bodyText");
        this.updatedAt = Objects.requireNonNull(now, "now");
        this.updatedBy = Texts.nonBlank(actor, "actor");
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getSubject() {
        return subject;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public String getBodyText() {
        return bodyText;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }
}
