package sv.gob.inpep.sesep.satisfaction.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import sv.gob.inpep.sesep.RuleViolation;
import sv.gob.inpep.sesep.Texts;
import sv.gob.inpep.sesep.requests.entity.ServiceRequest;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The satisfaction question put to the citizen once their SEI is attended: one per request, one
 * answer, a rating from 1 to 5. Invitations that are never answered stay, because the response
 * rate is itself part of the institute's satisfaction measurement.
 */
@Entity
@Table(name = "satisfaction_survey")
@Cacheable(false)
@NamedQuery(name = "SatisfactionSurvey.byRequest",
        query = "SELECT s FROM SatisfactionSurvey s WHERE s.request = :request")
public class SatisfactionSurvey {

    public static final int MIN_RATING = 1;
    public static final int MAX_RATING = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "satisfaction_survey_seq")
    @SequenceGenerator(name = "satisfaction_survey_seq", sequenceName = "satisfaction_survey_seq", allocationSize = 50)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id", nullable = false, unique = true)
    private ServiceRequest request;

    @Column(name = "invited_at", nullable = false)
    private LocalDateTime invitedAt;

    @Column(name = "rating")
    private Integer rating;

    @Column(name = "comment", length = 2000)
    private String comment;

    @Column(name = "answered_at")
    private LocalDateTime answeredAt;

    protected SatisfactionSurvey() {
    }

    /** Only an answered or denied request is rated: there must be a service to judge. */
    public SatisfactionSurvey(ServiceRequest request, LocalDateTime now) {
        this.request = Objects.requireNonNull(request, "request");
        if (request.getResolution() == null) {
            throw new RuleViolation("error.survey.requestNotAttended", request.getSeiNumber());
        }
        this.invitedAt = Objects.requireNonNull(now, "now");
    }

    public void answer(int rating, String comment, LocalDateTime now) {
        if (answeredAt != null) {
            throw new RuleViolation("error.survey.alreadyAnswered", request.getSeiNumber());
        }
        if (rating < MIN_RATING || rating > MAX_RATING) {
            throw new RuleViolation("error.survey.ratingOutOfRange", MIN_RATING, MAX_RATING);
        }
        this.rating = rating;
        this.comment = Texts.optional(comment, 2000);
        this.answeredAt = Objects.requireNonNull(now, "now");
    }

    public boolean isAnswered() {
        return answeredAt != null;
    }

    public Long getId() {
        return id;
    }

    public ServiceRequest getRequest() {
        return request;
    }

    public LocalDateTime getInvitedAt() {
        return invitedAt;
    }

    public Integer getRating() {
        return rating;
    }

    public String getComment() {
        return comment;
    }

    public LocalDateTime getAnsweredAt() {
        return answeredAt;
    }
}
