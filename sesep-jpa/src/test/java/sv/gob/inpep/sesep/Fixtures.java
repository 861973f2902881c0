package sv.gob.inpep.sesep;

import org.junit.jupiter.api.function.Executable;
import sv.gob.inpep.sesep.accounts.entity.Citizen;
import sv.gob.inpep.sesep.accounts.entity.Role;
import sv.gob.inpep.sesep.accounts.entity.UserAccount;
import sv.gob.inpep.sesep.agents.entity.Agent;
import sv.gob.inpep.sesep.agents.entity.AgentType;
import sv.gob.inpep.sesep.catalog.entity.CatalogService;
import sv.gob.inpep.sesep.catalog.entity.ManagementArea;
import sv.gob.inpep.sesep.catalog.entity.ServiceCategory;
import sv.gob.inpep.sesep.registry.entity.Affiliate;
import sv.gob.inpep.sesep.registry.entity.AffiliateQuality;
import sv.gob.inpep.sesep.requests.entity.ApplicantKind;
import sv.gob.inpep.sesep.requests.entity.ServiceRequest;
import sv.gob.inpep.sesep.tickets.entity.Ticket;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Plain objects for entity tests: no database, no container. */
public final class Fixtures {

    public static final LocalDateTime T0 = LocalDateTime.of(2026, 3, 2, 8, 0);

    private Fixtures() {
    }

    /** Asserts that the action is refused with the given message key. */
    public static RuleViolation assertRefused(String messageKey, Executable action) {
        RuleViolation violation = assertThrows(RuleViolation.class, action);
        assertEquals(messageKey, violation.getMessageKey());
        return violation;
    }

    public static ManagementArea cau() {
        return new ManagementArea("CAU", "Centro de Atención al Usuario", "CWG");
    }

    public static CatalogService service(String code, ManagementArea area, Set<ApplicantKind> offeredTo) {
        ServiceCategory category = new ServiceCategory("CONST", "Constancias", 1);
        return new CatalogService(code, "Constancia de " + code, category, area, 5, offeredTo);
    }

    public static CatalogService service(String code, ManagementArea area) {
        return service(code, area, EnumSet.allOf(ApplicantKind.class));
    }

    public static CatalogService service(ManagementArea area) {
        return service("CTT", area);
    }

    public static AgentType competentFor(CatalogService... services) {
        // Of the services' area, as an administrator must give it: agents take only their area's tickets.
        AgentType type = new AgentType("CAU-GEN", "Agente CAU general", services.length == 0 ? cau() : services[0].getArea());
        for (CatalogService s : services) {
            type.grant(s);
        }
        return type;
    }

    public static UserAccount account(String username, Role role) {
        return new UserAccount(username, "$2a$10$hash", username + "@example.sv", "Nombre " + username, role, T0);
    }

    public static Agent agent(String gestorCode, AgentType type) {
        return new Agent(account(gestorCode.toLowerCase(), Role.AGENTE), gestorCode, "Agente " + gestorCode,
                type.getArea(), type, T0);
    }

    /** An agent already available, ready to be handed a ticket. */
    public static Agent availableAgent(AgentType type) {
        Agent agent = agent("G001", type);
        agent.becomeAvailable(T0);
        return agent;
    }

    /** The registry is read-only; tests get a record by overriding what the code under test reads. */
    public static Affiliate affiliate(AffiliateQuality quality) {
        return new Affiliate() {
            @Override
            public AffiliateQuality getQuality() {
                return quality;
            }

            @Override
            public String getFullName() {
                return "LUIS SANTIAGO MARROQUÍN LÓPEZ";
            }
        };
    }

    public static Citizen contributor() {
        return Citizen.holder(account("luis", Role.CIUDADANO), affiliate(AffiliateQuality.CONTRIBUTOR), null, T0);
    }

    public static ServiceRequest filedRequest(CatalogService service) {
        return new ServiceRequest("SEI-2026000001", contributor(), service, "{}", "token-1", T0, T0);
    }

    public static Ticket queuedTicket(CatalogService service) {
        return new Ticket("CWG-1", filedRequest(service), 0, T0);
    }
}
