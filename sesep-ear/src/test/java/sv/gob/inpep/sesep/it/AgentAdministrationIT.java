package sv.gob.inpep.sesep.it;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import sv.gob.inpep.sesep.RuleViolation;
import sv.gob.inpep.sesep.accounts.boundary.Accounts;
import sv.gob.inpep.sesep.agents.boundary.AgentAdministration;
import sv.gob.inpep.sesep.agents.boundary.AgentRoster;
import sv.gob.inpep.sesep.agents.boundary.NewAgent;
import sv.gob.inpep.sesep.assignment.boundary.AgentDesk;
import sv.gob.inpep.sesep.assignment.boundary.AssignmentQueue;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The administrator's "Agentes" through the real boundary: an enrolled agent chooses a password
 * through the mailed link, logs in and is handed a ticket of the competence their type was given;
 * what is refused and why; deactivation locks the agent out; only ADMIN reaches any of it.
 */
@ExtendWith(ArquillianExtension.class)
class AgentAdministrationIT {

    static final String PASSWORD = "la clave nueva del agente inscrito";

    @Inject
    AgentAdministration administration;

    @Inject
    Accounts accounts;

    @Inject
    AssignmentQueue queue;

    @Inject
    QueueData data;

    @Test
    void anEnrolledAgentChoosesAPasswordAndAttendsWhatTheTypeWasGiven() throws Exception {
        long service = data.newService("inscripcion");
        long type = data.newAgentType();
        String link;
        try (Mailbox mailbox = new Mailbox()) {
            long agentId = As.user(DemoAccounts.ADMIN, () -> administration.enrol(
                    new NewAgent("Carla.Inscrita", "Carla Inscrita Pérez", "carla.inscrita@inpep.example", "g-cau-90", type)));
            AgentRoster roster = As.user(DemoAccounts.ADMIN, administration::roster);
            AgentRoster.AgentLine line = roster.agents().stream().filter(a -> a.id() == agentId).findFirst().orElseThrow();
            assertEquals("carla.inscrita", line.username(), "user names are lower case");
            assertEquals("G-CAU-90", line.gestorCode());
            assertTrue(line.active());
            MimeMessage mail = Mails.awaitTo(mailbox, "carla.inscrita@inpep.example", 1, 30_000).get(0);
            // A welcome naming the user name, not the mail of a reset someone asked for.
            assertEquals("SESEP - INPEP: su cuenta fue creada; elija su contraseña", mail.getSubject());
            String text = Mails.text(mail);
            assertTrue(text.contains("creó su cuenta de Agente SESEP. Su usuario es carla.inscrita."), text);
            assertTrue(text.contains("vence en 72 horas"), text);
            link = Mails.link(mail, "/cuenta/restablecer.xhtml");
        }
        assertFalse(As.canLogIn("carla.inscrita", PASSWORD), "no password until the agent chooses one");
        accounts.resetPassword(Mails.token(link), PASSWORD, PASSWORD);
        assertTrue(As.canLogIn("carla.inscrita", PASSWORD));

        // The type attends nothing yet; given the service, the agent gets its ticket.
        long ticket = data.queueTickets(service, 1).get(0);
        AgentDesk idle = As.user("carla.inscrita", PASSWORD, queue::becomeAvailable);
        assertNull(idle.ticket(), "nothing of the type's competence waits");
        As.user(DemoAccounts.ADMIN, () -> {
            administration.setCompetence(type, List.of(service));
            return null;
        });
        AgentDesk busy = As.user("carla.inscrita", PASSWORD, queue::heartbeat);
        assertEquals(ticket, busy.ticket().ticketId(), "handed over on the next poll");

        // Holding a ticket, the agent can neither change type nor be deactivated.
        long otherType = data.newAgentType();
        assertEquals("error.agent.busy", assertThrows(RuleViolation.class, () -> As.user(DemoAccounts.ADMIN, () -> {
            administration.changeType(busy.agentId(), otherType);
            return null;
        })).getMessageKey());
        assertEquals("error.agent.busy", assertThrows(RuleViolation.class, () -> As.user(DemoAccounts.ADMIN, () -> {
            administration.deactivate(busy.agentId());
            return null;
        })).getMessageKey());

        data.complete(ticket);
        As.user("carla.inscrita", PASSWORD, queue::becomeUnavailable);
        As.user(DemoAccounts.ADMIN, () -> {
            administration.deactivate(busy.agentId());
            return null;
        });
        assertFalse(As.canLogIn("carla.inscrita", PASSWORD), "a deactivated agent cannot log in");
        As.user(DemoAccounts.ADMIN, () -> {
            administration.activate(busy.agentId());
            return null;
        });
        assertTrue(As.canLogIn("carla.inscrita", PASSWORD));
    }

    @Test
    void whatCannotBeEnrolledIsRefusedWithTheReason() throws Exception {
        long type = data.newAgentType();
        String email = "otra@inpep.example";
        assertRefused("error.agentAdmin.usernameTaken", new NewAgent(DemoAccounts.AGENT, "Otra Persona", email, "G-X-1", type));
        assertRefused("error.agentAdmin.gestorTaken", new NewAgent("otra.persona", "Otra Persona", email, "G-CAU-01", type));
        assertRefused("error.agentAdmin.usernameFormat", new NewAgent("1 con espacios", "Otra Persona", email, "G-X-1", type));
        assertRefused("error.agentAdmin.emailFormat", new NewAgent("otra.persona", "Otra Persona", "sin-arroba", "G-X-1", type));
        assertRefused("error.agentAdmin.typeRequired", new NewAgent("otra.persona", "Otra Persona", email, "G-X-1", null));
        assertFalse(As.user(DemoAccounts.ADMIN, administration::roster).agents().stream()
                .anyMatch(a -> a.username().equals("otra.persona")), "nothing half-made stays behind");

        // A competence holds services of the type's own area only.
        long pensionService = data.serviceId("PEN-VEJEZ");
        assertEquals("error.agentAdmin.serviceOtherArea", assertThrows(RuleViolation.class, () -> As.user(DemoAccounts.ADMIN, () -> {
            administration.setCompetence(type, List.of(pensionService));
            return null;
        })).getMessageKey());
    }

    @Test
    void theLastAgentTypeAttendingAnAvailableServiceKeepsIt() throws Exception {
        long service = data.newService("último tipo");
        long first = data.newAgentType(service);
        assertEquals("error.agentAdmin.serviceUnattended", assertThrows(RuleViolation.class, () -> As.user(DemoAccounts.ADMIN, () -> {
            administration.setCompetence(first, List.of());
            return null;
        })).getMessageKey(), "its tickets would wait for nobody");
        assertTrue(As.user(DemoAccounts.ADMIN, administration::roster).types().stream()
                .filter(t -> t.id() == first).findFirst().orElseThrow().serviceIds().contains(service), "the competence is kept");

        // Once another type attends it, the first may let it go.
        long second = data.newAgentType(service);
        As.user(DemoAccounts.ADMIN, () -> {
            administration.setCompetence(first, List.of());
            return null;
        });
        assertEquals("error.agentAdmin.serviceUnattended", assertThrows(RuleViolation.class, () -> As.user(DemoAccounts.ADMIN, () -> {
            administration.setCompetence(second, List.of());
            return null;
        })).getMessageKey());
    }

    @Test
    void aNewAgentTypeAttendsNothingUntilGivenACompetenceThenItsAgentsGetThoseTickets() throws Exception {
        String suffix = Long.toString(System.nanoTime() % 100_000_000L);
        long type = As.user(DemoAccounts.ADMIN, () -> administration.createType(" ptm-" + suffix + " ",
                "Pensiones por muerte " + suffix, QueueData.CAU_AREA));
        AgentRoster roster = As.user(DemoAccounts.ADMIN, administration::roster);
        AgentRoster.TypeLine line = roster.types().stream().filter(t -> t.id() == type).findFirst().orElseThrow();
        assertEquals("PTM-" + suffix, line.code(), "codes are upper case, trimmed");
        assertEquals(QueueData.CAU_AREA, line.areaId());
        assertTrue(line.serviceIds().isEmpty(), "a new type attends nothing yet");
        assertTrue(roster.areas().stream().anyMatch(a -> a.id() == QueueData.CAU_AREA), "the form offers the areas");

        long service = data.newService("tipo nuevo");
        As.user(DemoAccounts.ADMIN, () -> {
            administration.setCompetence(type, List.of(service));
            return null;
        });
        String agent = data.newAgents("tipo-nuevo", 1, type).get(0);
        long ticket = data.queueTickets(service, 1).get(0);
        AgentDesk desk = As.user(agent, queue::becomeAvailable);
        assertEquals(ticket, desk.ticket().ticketId(), "the new type's agent is handed the ticket of its competence");
        data.complete(ticket);
        As.user(agent, queue::becomeUnavailable);

        // What cannot be created is refused with the reason, and nothing is created.
        assertTypeRefused("error.agentAdmin.typeCodeTaken", "ptm-" + suffix, "Otro nombre " + suffix,
                QueueData.CAU_AREA);
        assertTypeRefused("error.agentAdmin.typeNameTaken", "OTRO-" + suffix, "PENSIONES POR MUERTE " + suffix, QueueData.CAU_AREA);
        assertTypeRefused("error.agentAdmin.typeCodeFormat", "con espacios", "Otro nombre " + suffix, QueueData.CAU_AREA);
        assertTypeRefused("error.agentAdmin.typeCodeRequired", " ", "Otro nombre " + suffix, QueueData.CAU_AREA);
        assertTypeRefused("error.agentAdmin.typeNameRequired", "OTRO-" + suffix, "", QueueData.CAU_AREA);
        assertTypeRefused("error.agentAdmin.areaRequired", "OTRO-" + suffix, "Otro nombre " + suffix, null);
        assertTypeRefused("error.agentAdmin.areaRequired", "OTRO-" + suffix, "Otro nombre " + suffix, -1L);
        assertFalse(As.user(DemoAccounts.ADMIN, administration::roster).types().stream()
                .anyMatch(t -> t.code().equals("OTRO-" + suffix)), "nothing half-made stays behind");
    }

    @Test
    void onlyTheAdministratorKeepsTheAgents() {
        assertThrows(EJBAccessException.class, () -> As.user(DemoAccounts.SUPERVISOR, administration::roster));
        assertThrows(EJBAccessException.class, () -> As.user(DemoAccounts.AGENT, administration::roster));
        assertThrows(EJBAccessException.class, () -> As.user(DemoAccounts.SUPERVISOR,
                () -> administration.createType("SUP-1", "Tipo del supervisor", QueueData.CAU_AREA)));
    }

    private void assertTypeRefused(String key, String code, String name, Long areaId) {
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> As.user(DemoAccounts.ADMIN, () -> administration.createType(code, name, areaId)));
        assertEquals(key, refused.getMessageKey());
    }

    private void assertRefused(String key, NewAgent agent) {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> As.user(DemoAccounts.ADMIN, () -> administration.enrol(agent)));
        assertEquals(key, refused.getMessageKey());
    }
}
