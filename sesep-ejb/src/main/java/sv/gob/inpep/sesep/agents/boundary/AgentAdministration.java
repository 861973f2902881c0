package sv.gob.inpep.sesep.agents.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import sv.gob.inpep.sesep.NotFound;
import sv.gob.inpep.sesep.RuleViolation;
import sv.gob.inpep.sesep.Texts;
import sv.gob.inpep.sesep.accounts.boundary.Accounts;
import sv.gob.inpep.sesep.accounts.control.PasswordHasher;
import sv.gob.inpep.sesep.accounts.control.Tokens;
import sv.gob.inpep.sesep.accounts.entity.Role;
import sv.gob.inpep.sesep.accounts.entity.UserAccount;
import sv.gob.inpep.sesep.agents.entity.Agent;
import sv.gob.inpep.sesep.agents.entity.AgentStatus;
import sv.gob.inpep.sesep.agents.entity.AgentType;
import sv.gob.inpep.sesep.audit.boundary.AuditTrail;
import sv.gob.inpep.sesep.audit.entity.AuditAction;
import sv.gob.inpep.sesep.catalog.entity.CatalogService;
import sv.gob.inpep.sesep.catalog.entity.ManagementArea;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * "Agentes" for the administrator: enrolling an agent (an AGENTE account that chooses its own
 * password through a mailed link, and the agent with gestor code, area and type), moving an agent
 * to another type, deactivating and reactivating, and the competence of each agent type (which
 * services of its area it attends). An agent holding a ticket cannot change type or be
 * deactivated: the ticket would be out of reach (supervisors release it from the board first).
 * Every change is audited; changes to an agent lock its row, in the same order as the queue.
 */
@Stateless
@RolesAllowed("ADMIN")
public class AgentAdministration {

    static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,39}");
    /** Gestor codes and agent-type codes: upper-case letters, digits and hyphens. */
    static final Pattern CODE = Pattern.compile("[A-Z0-9-]{2,20}");

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    Tokens tokens;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public AgentRoster roster() {
        var agents = em.createQuery("SELECT a FROM Agent a JOIN FETCH a.account JOIN FETCH a.agentType ORDER BY a.gestorCode",
                        Agent.class).getResultStream()
                .map(a -> new AgentRoster.AgentLine(a.getId(), a.getGestorCode(), a.getFullName(), a.getAccount().getUsername(),
                        a.getAccount().getEmail(), a.getArea().getName(), a.getAgentType().getId(), a.getAgentType().getName(),
                        a.getStatus(), a.isActive()))
                .toList();
        var types = em.createNamedQuery("AgentType.ordered", AgentType.class).getResultStream()
                .map(t -> {
                    var services = t.getServices().stream().sorted(Comparator.comparing(CatalogService::getName)).toList();
                    return new AgentRoster.TypeLine(t.getId(), t.getCode(), t.getName(), t.getArea().getId(), t.getArea().getName(),
                            services.stream().map(CatalogService::getId).toList(),
                            services.stream().map(CatalogService::getName).toList());
                })
                .toList();
        var services = em.createNamedQuery("CatalogService.active", CatalogService.class).getResultStream()
                .map(s -> new AgentRoster.ServiceOption(s.getId(), s.getCode(), s.getName(), s.getArea().getId(),
                        s.isComplaint()))
                .toList();
        var areas = em.createNamedQuery("ManagementArea.active", ManagementArea.class).getResultStream()
                .map(a -> new AgentRoster.AreaOption(a.getId(), a.getName()))
                .toList();
        return new AgentRoster(agents, types, services, areas);
    }

    /**
     * Enrols an agent, not available until they choose to be. The account gets a password nobody
     * knows, and the agent a welcome mail with their user name and the link to choose their own.
     */
    public long enrol(NewAgent agent) {
        String username = Texts.required(agent.username(), 40, "error.agentAdmin.usernameRequired").toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            throw new RuleViolation("error.agentAdmin.usernameFormat");
        }
        String fullName = Texts.required(agent.fullName(), 200, "error.agentAdmin.fullNameRequired");
        String email = Texts.required(agent.email(), 200, "error.agentAdmin.emailRequired").toLowerCase(Locale.ROOT);
        if (!UserAccount.isEmailAddress(email)) {
            throw new RuleViolation("error.agentAdmin.emailFormat");
        }
        String gestor = Texts.required(agent.gestorCode(), 20, "error.agentAdmin.gestorRequired").toUpperCase(Locale.ROOT);
        if (!CODE.matcher(gestor).matches()) {
            throw new RuleViolation("error.agentAdmin.gestorFormat");
        }
        AgentType type = agent.agentTypeId() == null ? null : em.find(AgentType.class, agent.agentTypeId());
        if (type == null) {
            throw new RuleViolation("error.agentAdmin.typeRequired");
        }
        if (exists("SELECT COUNT(u) FROM UserAccount u WHERE u.username = :v", username)) {
            throw new RuleViolation("error.agentAdmin.usernameTaken", username);
        }
        if (exists("SELECT COUNT(u) FROM UserAccount u WHERE LOWER(u.email) = :v", email)) {
            throw new RuleViolation("error.agentAdmin.emailTaken", email);
        }
        if (exists("SELECT COUNT(a) FROM Agent a WHERE a.gestorCode = :v", gestor)) {
            throw new RuleViolation("error.agentAdmin.gestorTaken", gestor);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        UserAccount account = new UserAccount(username, hasher.hash(tokens.issue().value()), email, fullName, Role.AGENTE, now);
        em.persist(account);
        Agent enrolled = new Agent(account, gestor, fullName, type.getArea(), type, now);
        em.persist(enrolled);
        em.flush();
        accounts.welcome(account);
        audit.record(AuditAction.AGENT_ENROLLED, null, null, null, gestor + " " + fullName + " (" + username + "), tipo " + type.getCode());
        return enrolled.getId();
    }

    /**
     * A new agent type of an area (a named competence, SPEC "Agent type"). It attends nothing until
     * its competence is set with {@link #setCompetence}; agents are enrolled into it or moved to it.
     */
    public long createType(String code, String name, Long areaId) {
        String typeCode = Texts.required(code, 20, "error.agentAdmin.typeCodeRequired").toUpperCase(Locale.ROOT);
        if (!CODE.matcher(typeCode).matches()) {
            throw new RuleViolation("error.agentAdmin.typeCodeFormat");
        }
        String typeName = Texts.required(name, 120, "error.agentAdmin.typeNameRequired");
        ManagementArea area = areaId == null ? null : em.find(ManagementArea.class, areaId);
        if (area == null || !area.isActive()) {
            throw new RuleViolation("error.agentAdmin.areaRequired");
        }
        if (exists("SELECT COUNT(t) FROM AgentType t WHERE t.code = :v", typeCode)) {
            throw new RuleViolation("error.agentAdmin.typeCodeTaken", typeCode);
        }
        if (exists("SELECT COUNT(t) FROM AgentType t WHERE LOWER(t.name) = :v", typeName.toLowerCase(Locale.ROOT))) {
            throw new RuleViolation("error.agentAdmin.typeNameTaken", typeName);
        }
        AgentType type = new AgentType(typeCode, typeName, area);
        em.persist(type);
        em.flush();
        audit.record(AuditAction.AGENT_TYPE_CREATED, null, null, null, typeCode + " \"" + typeName + "\", área " + area.getName());
        return type.getId();
    }

    /** Moves an agent to another type of the same area; refused while the agent holds a ticket. */
    public void changeType(long agentId, long agentTypeId) {
        Agent agent = lockedAgent(agentId);
        AgentType type = em.find(AgentType.class, agentTypeId);
        if (type == null) {
            throw new RuleViolation("error.agentAdmin.typeRequired");
        }
        if (!type.getArea().equals(agent.getArea())) {
            throw new RuleViolation("error.agentAdmin.typeOtherArea", type.getName(), agent.getArea().getName());
        }
        if (agent.getStatus() == AgentStatus.BUSY) {
            throw new RuleViolation("error.agent.busy", agent.getGestorCode());
        }
        String before = agent.getAgentType().getCode();
        agent.setAgentType(type);
        audit.record(AuditAction.AGENT_TYPE_CHANGED, null, null, null, agent.getGestorCode() + ": " + before + " -> " + type.getCode());
    }

    /** Deactivates the agent and disables their account (no login); refused while they hold a ticket. */
    public void deactivate(long agentId) {
        Agent agent = lockedAgent(agentId);
        agent.deactivate(LocalDateTime.now(clock));
        agent.getAccount().setEnabled(false);
        audit.record(AuditAction.AGENT_DEACTIVATED, null, null, null, agent.getGestorCode());
    }

    public void activate(long agentId) {
        Agent agent = lockedAgent(agentId);
        agent.activate();
        agent.getAccount().setEnabled(true);
        audit.record(AuditAction.AGENT_ACTIVATED, null, null, null, agent.getGestorCode());
    }

    /**
     * The services an agent type attends: exactly these, all of the type's area or complaint
     * services (whose tickets wait in the area answerable for each complaint). Taking away the
     * last competence for a service that citizens can request is refused (its tickets would wait for
     * nobody); the service's row is locked first, so two administrators taking it from two types at
     * once, or one activating it meanwhile in the catalogue, cannot leave it unattended.
     */
    public void setCompetence(long agentTypeId, Collection<Long> serviceIds) {
        AgentType type = em.find(AgentType.class, agentTypeId, LockModeType.PESSIMISTIC_WRITE);
        if (type == null) {
            throw new NotFound("error.agentAdmin.typeNotFound");
        }
        Set<CatalogService> wanted = new HashSet<>();
        for (Long id : serviceIds) {
            CatalogService service = em.find(CatalogService.class, id);
            if (service == null) {
                throw new NotFound("error.agentAdmin.serviceNotFound");
            }
            // A complaint service is the exception: each area attends the complaints routed to it.
            if (!service.isComplaint() && !service.getArea().equals(type.getArea())) {
                throw new RuleViolation("error.agentAdmin.serviceOtherArea", service.getName(), type.getArea().getName());
            }
            wanted.add(service);
        }
        for (CatalogService revoked : Set.copyOf(type.getServices())) {
            if (!wanted.contains(revoked)) {
                em.lock(revoked, LockModeType.PESSIMISTIC_WRITE);
                if (revoked.isActive() && !attendedByAnother(revoked, type)) {
                    throw new RuleViolation("error.agentAdmin.serviceUnattended", revoked.getName());
                }
                type.revoke(revoked);
            }
        }
        wanted.stream().filter(s -> !type.covers(s)).forEach(type::grant);
        audit.record(AuditAction.AGENT_TYPE_COMPETENCE, null, null, null, type.getCode() + ": " + wanted.stream()
                .map(CatalogService::getCode).sorted().toList());
    }

    private Agent lockedAgent(long agentId) {
        Agent agent = em.find(Agent.class, agentId, LockModeType.PESSIMISTIC_WRITE);
        if (agent == null) {
            throw new NotFound("error.agentAdmin.agentNotFound");
        }
        return agent;
    }

    /** Whether a type other than this one has the service in its competence. */
    private boolean attendedByAnother(CatalogService service, AgentType type) {
        return em.createQuery("SELECT COUNT(t) FROM AgentType t JOIN t.services s WHERE s = :service AND t <> :type", Long.class)
                .setParameter("service", service).setParameter("type", type).getSingleResult() > 0;
    }

    private boolean exists(String countJpql, String value) {
        return em.createQuery(countJpql, Long.class).setParameter("v", value).getSingleResult() > 0;
    }
}
