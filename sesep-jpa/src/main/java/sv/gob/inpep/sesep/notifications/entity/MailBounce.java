package sv.gob.inpep.sesep.notifications.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import sv.gob.inpep.sesep.Texts;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Objects;

/**
 * An e-mail address whose mail server refused it for good (SMTP 5xx on RCPT TO), so that staff see
 * that the citizen does not get SESEP's mail. It goes away when a later mail to it is accepted.
 */
@Entity
@Table(name = "mail_bounce")
@Cacheable(false)
@NamedQuery(name = "MailBounce.among", query = "SELECT b FROM MailBounce b WHERE b.email IN :emails")
public class MailBounce {

    @Id
    @Column(name = "email", length = 200)
    private String email;

    @Column(name = "reason", nullable = false, length = 2000)
    private String reason;

    @Column(name = "bounced_at", nullable = false)
    private LocalDateTime bouncedAt;

    protected MailBounce() {
    }

    public MailBounce(String email, String reason, LocalDateTime now) {
        this.email = key(email);
        again(reason, now);
    }

    /** Refused once more: the latest reason counts. */
    public void again(String reason, LocalDateTime now) {
        this.reason = Texts.truncate(Texts.nonBlank(reason, "reason"), 2000);
        this.bouncedAt = Objects.requireNonNull(now, "now");
    }

    /** Addresses are compared case-insensitively (what people type varies; servers do not care). */
    public static String key(String email) {
        return Texts.nonBlank(email, "email").strip().toLowerCase(Locale.ROOT);
    }

    public String getEmail() {
        return email;
    }

    public String getReason() {
        return reason;
    }

    public LocalDateTime getBouncedAt() {
        return bouncedAt;
    }
}
