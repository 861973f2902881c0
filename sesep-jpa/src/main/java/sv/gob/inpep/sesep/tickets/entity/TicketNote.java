package sv.gob.inpep.sesep.tickets.entity;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import sv.gob.inpep.sesep.RuleViolation;
import sv.gob.inpep.sesep.Texts;
import sv.gob.inpep.sesep.agents.entity.Agent;
import sv.gob.inpep.sesep.requests.entity.ServiceRequest;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * An entry of the electronic "libreta de control de atenciones" (activities 5, 10, 12, 14).
 * Written on a ticket but read per SEI, so that the agent who takes the request after an
 * abandon or a fix sees what earlier agents noted.
 */
@Entity
@Table(name = "ticket_note")
@Cacheable(false)
@NamedQuery(name = "TicketNote.byRequest",
        query = "SELECT n FROM TicketNote n WHERE n.request = :request ORDER BY n.createdAt, n.id")
public class TicketNote {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_note_seq")
    @SequenceGenerator(name = "ticket_note_seq", sequenceName = "ticket_note_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ticket_id", nullable = false)
    private Ticket ticket;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id", nullable = false)
    private ServiceRequest request;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agent_id", nullable = false)
    private Agent agent;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "text", nullable = false, length = 4000)
    private String text;

    protected TicketNote() {
    }

    /** Notes are taken during attention; a ticket waiting in the queue or closed takes none. */
    public TicketNote(Ticket ticket, Agent agent, String text, LocalDateTime now) {
        this.ticket = Objects.requireNonNull(ticket, "ticket");
        if (ticket.getStatus() != TicketStatus.ASSIGNED) {
            throw new RuleViolation("error.ticket.notAssigned", ticket.getNumber());
        }
        this.request = ticket.getRequest();
        this.agent = Objects.requireNonNull(agent, "agent");
        this.text = Texts.required(text, 4000, "error.ticketNote.textRequired");
        this.createdAt = Objects.requireNonNull(now, "now");
    }

    public Long getId() {
        return id;
    }

    public Ticket getTicket() {
        return ticket;
    }

    public ServiceRequest getRequest() {
        return request;
    }

    public Agent getAgent() {
        return agent;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public String getText() {
        return text;
    }
}
