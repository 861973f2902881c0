package sv.gob.inpep.sesep.agents.entity;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import sv.gob.inpep.sesep.RuleViolation;
import sv.gob.inpep.sesep.Texts;
import sv.gob.inpep.sesep.accounts.entity.UserAccount;
import sv.gob.inpep.sesep.catalog.entity.ManagementArea;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Agente SESEP: an employee who takes tickets from the queue. The status says whether the queue
 * may hand them a ticket; an agent holds at most one ticket, so BUSY is entered and left only
 * together with a ticket's assignment, abandon or close (the boundary changes both in one
 * transaction).
 */
@Entity
@Table(name = "agent")
@Cacheable(false)
@NamedQuery(name = "Agent.byUsername",
        query = "SELECT a FROM Agent a WHERE a.account.username = :username")
@NamedQuery(name = "Agent.availableForService",
        query = "SELECT a FROM Agent a WHERE a.status = sv.gob.inpep.sesep.agents.entity.AgentStatus.AVAILABLE"
                + " AND a.active = TRUE AND :service MEMBER OF a.agentType.services"
                + " ORDER BY a.availableSince")
@NamedQuery(name = "Agent.silentSince",
        query = "SELECT a FROM Agent a WHERE a.status <> sv.gob.inpep.sesep.agents.entity.AgentStatus.UNAVAILABLE"
                + " AND (a.lastSeenAt IS NULL OR a.lastSeenAt < :cutoff)")
/*
 * Heartbeats arrive every few seconds and must not bump the version, or they would make the
 * queue's assignment of a ticket to this agent fail optimistically. Native, because EclipseLink
 * increments the version in a JPQL bulk update too. Parameters: 1 the time, 2 the agent's id.
 */
@NamedNativeQuery(name = "Agent.recordHeartbeat",
        query = "UPDATE agent SET last_seen_at = ?1 WHERE id = ?2")
public class Agent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agent_seq")
    @SequenceGenerator(name = "agent_seq", sequenceName = "agent_seq", allocationSize = 50)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, unique = true)
    private UserAccount account;

    @Column(name = "gestor_code", nullable = false, unique = true, length = 20)
    private String gestorCode;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "area_id", nullable = false)
    private ManagementArea area;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agent_type_id", nullable = false)
    private AgentType agentType;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private AgentStatus status;

    @Column(name = "status_changed_at", nullable = false)
    private LocalDateTime statusChangedAt;

    /** Orders the available agents: the one waiting longest gets the next ticket that arrives. */
    @Column(name = "available_since")
    private LocalDateTime availableSince;

    @Column(name = "last_seen_at")
    private LocalDateTime lastSeenAt;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Agent() {
    }

    /** A new agent starts unavailable: taking tickets is always the agent's own decision. */
    public Agent(UserAccount account, String gestorCode, String fullName, ManagementArea area,
                 AgentType agentType, LocalDateTime now) {
        this.account = Objects.requireNonNull(account, "account");
        this.gestorCode = Texts.nonBlank(gestorCode, "gestorCode");
        setFullName(fullName);
        setArea(area);
        setAgentType(agentType);
        this.status = AgentStatus.UNAVAILABLE;
        this.statusChangedAt = Objects.requireNonNull(now, "now");
    }

    /**
     * "Cambiar a disponible" (activity 1). Pressing it again while available keeps the agent's
     * place among the waiting agents instead of sending them to the back.
     */
    public void becomeAvailable(LocalDateTime now) {
        if (!active) {
            throw new RuleViolation("error.agent.inactive", gestorCode);
        }
        if (status == AgentStatus.BUSY) {
            throw new RuleViolation("error.agent.busy", gestorCode);
        }
        lastSeenAt = now;
        if (status == AgentStatus.AVAILABLE) {
            return;
        }
        changeStatus(AgentStatus.AVAILABLE, now);
        availableSince = now;
    }

    /** Refused while a ticket is in attention: the agent must close or abandon it first. */
    public void becomeUnavailable(LocalDateTime now) {
        if (status == AgentStatus.BUSY) {
            throw new RuleViolation("error.agent.busy", gestorCode);
        }
        lastSeenAt = now;
        if (status == AgentStatus.UNAVAILABLE) {
            return;
        }
        changeStatus(AgentStatus.UNAVAILABLE, now);
        availableSince = null;
    }

    /** A ticket was assigned. Not counted as a sign of life: the queue, not the agent, acts here. */
    public void startAttention(LocalDateTime now) {
        if (status != AgentStatus.AVAILABLE) {
            throw new RuleViolation("error.agent.notAvailable", gestorCode);
        }
        changeStatus(AgentStatus.BUSY, now);
        availableSince = null;
    }

    /**
     * The ticket was closed or abandoned. By default the agent stays available and joins the end of
     * the line of waiting agents; {@code remainAvailable = false} is "close and take a break".
     */
    public void endAttention(boolean remainAvailable, LocalDateTime now) {
        if (status != AgentStatus.BUSY) {
            throw new RuleViolation("error.agent.notBusy", gestorCode);
        }
        if (remainAvailable && active) {
            changeStatus(AgentStatus.AVAILABLE, now);
            availableSince = now;
        } else {
            changeStatus(AgentStatus.UNAVAILABLE, now);
        }
    }

    /**
     * Sign of life from the agent's session, for the grace period after which a held ticket goes
     * back to the queue. Use the {@code Agent.recordHeartbeat} native update instead when nothing
     * else about the agent changes in the transaction: this method bumps the version.
     */
    public void heartbeat(LocalDateTime now) {
        lastSeenAt = now;
    }

    /** Refused while busy so that a ticket is never left with an agent who can no longer log in. */
    public void deactivate(LocalDateTime now) {
        if (status == AgentStatus.BUSY) {
            throw new RuleViolation("error.agent.busy", gestorCode);
        }
        if (status != AgentStatus.UNAVAILABLE) {
            changeStatus(AgentStatus.UNAVAILABLE, now);
            availableSince = null;
        }
        active = false;
    }

    public void activate() {
        active = true;
    }

    private void changeStatus(AgentStatus next, LocalDateTime now) {
        this.status = next;
        this.statusChangedAt = Objects.requireNonNull(now, "now");
    }

    public Long getId() {
        return id;
    }

    public UserAccount getAccount() {
        return account;
    }

    public String getGestorCode() {
        return gestorCode;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = Texts.nonBlank(fullName, "fullName");
    }

    public ManagementArea getArea() {
        return area;
    }

    public void setArea(ManagementArea area) {
        this.area = Objects.requireNonNull(area, "area");
    }

    public AgentType getAgentType() {
        return agentType;
    }

    /** Takes effect at the next assignment; a ticket already in attention stays with the agent. */
    public void setAgentType(AgentType agentType) {
        this.agentType = Objects.requireNonNull(agentType, "agentType");
    }

    public AgentStatus getStatus() {
        return status;
    }

    public LocalDateTime getStatusChangedAt() {
        return statusChangedAt;
    }

    public LocalDateTime getAvailableSince() {
        return availableSince;
    }

    public LocalDateTime getLastSeenAt() {
        return lastSeenAt;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }
}
