package sv.gob.inpep.sesep.complaints.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import sv.gob.inpep.sesep.RuleViolation;
import sv.gob.inpep.sesep.Texts;
import sv.gob.inpep.sesep.catalog.entity.ManagementArea;

import java.util.Objects;

/**
 * The complaint side of a request for a complaint service (queja o reclamo): the area answerable
 * for what the citizen complains about, which its tickets are queued for, what the citizen named,
 * and, once an agent of that area resolved it, the finding and the answer the citizen got.
 */
@Embeddable
public class Complaint {

    public static final int MAX_SUBJECT = 300;
    public static final int MAX_ANSWER = 8000;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "complaint_area_id")
    private ManagementArea area;

    /** What it is about, in the words the citizen chose it by: an area, a service or one of their SEIs. */
    @Column(name = "complaint_subject", length = MAX_SUBJECT)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(name = "complaint_finding", length = 20)
    private ComplaintFinding finding;

    @Column(name = "complaint_answer", length = MAX_ANSWER)
    private String answer;

    protected Complaint() {
    }

    public Complaint(ManagementArea area, String subject) {
        this.area = Objects.requireNonNull(area, "area");
        this.subject = Texts.truncate(Texts.nonBlank(subject, "subject"), MAX_SUBJECT);
    }

    /** Procedente or not, with the answer the citizen reads; once. The request checks its own state first. */
    public void resolve(ComplaintFinding finding, String answer) {
        if (this.finding != null) {
            throw new IllegalStateException("the complaint was already resolved");
        }
        if (finding == null) {
            throw new RuleViolation("error.complaint.findingRequired");
        }
        this.answer = Texts.required(answer, MAX_ANSWER, "error.complaint.answerRequired");
        this.finding = finding;
    }

    public ManagementArea getArea() {
        return area;
    }

    public String getSubject() {
        return subject;
    }

    /** Null until resolved. */
    public ComplaintFinding getFinding() {
        return finding;
    }

    public String getAnswer() {
        return answer;
    }
}
