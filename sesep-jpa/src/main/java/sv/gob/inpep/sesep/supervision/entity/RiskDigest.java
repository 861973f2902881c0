package sv.gob.inpep.sesep.supervision.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The daily digest of tickets at risk, as sent to one supervisor on one day. The row is written
 * in the transaction that queues the mail, and (account, day) is unique in the database: a
 * digest goes out once a day whatever the number of nodes or retries.
 */
@Entity
@Table(name = "risk_digest")
@Cacheable(false)
@NamedQuery(name = "RiskDigest.countFor",
        query = "SELECT COUNT(d) FROM RiskDigest d WHERE d.accountId = :accountId AND d.day = :day")
public class RiskDigest {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "risk_digest_seq")
    @SequenceGenerator(name = "risk_digest_seq", sequenceName = "risk_digest_seq", allocationSize = 50)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "digest_day", nullable = false)
    private LocalDate day;

    @Column(name = "tickets", nullable = false)
    private int tickets;

    @Column(name = "sent_at", nullable = false)
    private LocalDateTime sentAt;

    protected RiskDigest() {
    }

    public RiskDigest(long accountId, LocalDate day, int tickets, LocalDateTime sentAt) {
        this.accountId = accountId;
        this.day = Objects.requireNonNull(day, "day");
        this.tickets = tickets;
        this.sentAt = Objects.requireNonNull(sentAt, "sentAt");
    }

    public Long getId() {
        return id;
    }

    public LocalDate getDay() {
        return day;
    }

    public int getTickets() {
        return tickets;
    }
}
