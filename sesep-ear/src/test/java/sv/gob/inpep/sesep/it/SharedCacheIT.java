package sv.gob.inpep.sesep.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.Cache;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import org.eclipse.persistence.jpa.JpaEntityManagerFactory;
import org.eclipse.persistence.mappings.ForeignReferenceMapping;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import sv.gob.inpep.sesep.SharedCache;
import sv.gob.inpep.sesep.agents.entity.AgentStatus;
import sv.gob.inpep.sesep.agents.entity.AgentType;
import sv.gob.inpep.sesep.assignment.boundary.AgentDesk;
import sv.gob.inpep.sesep.assignment.boundary.AssignmentQueue;
import sv.gob.inpep.sesep.catalog.boundary.CatalogEntry;
import sv.gob.inpep.sesep.catalog.boundary.ServiceCatalog;
import sv.gob.inpep.sesep.catalog.entity.CatalogService;
import sv.gob.inpep.sesep.catalog.entity.ManagementArea;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On a cluster each server keeps its own shared cache of what administrators edit. A change made
 * on another server is written here behind this server's back, as that server would write it;
 * this server must show it within the cache expiry ({@link SharedCache#expiry()}, five seconds in
 * the tests instead of the default minute), not only after a restart.
 * And the agents' queue, whose every action locks rows first, fills that cache instead of reading
 * the catalogue from the database on each assignment. When cached copies expire under load, many
 * agents load them again at the same instant, and that must not fail.
 */
@ExtendWith(ArquillianExtension.class)
class SharedCacheIT {

    @Inject
    ServiceCatalog catalog;

    @Inject
    QueueData data;

    @Inject
    AssignmentQueue queue;

    @PersistenceUnit(unitName = "sesep")
    EntityManagerFactory persistence;

    @Resource(lookup = "java:jboss/datasources/SesepDS")
    DataSource dataSource;

    @Test
    void aServiceRenamedOnAnotherServerIsShownHereWithinTheExpiry() throws Exception {
        long service = data.newService("otro servidor");
        String before = name(service).orElseThrow();
        assertTrue(before.startsWith("Servicio de prueba otro servidor"), before);

        String renamed = "Renombrado en otro servidor " + service;
        long changed = System.nanoTime();
        rename(service, renamed);
        long deadline = changed + SharedCache.expiry().plusSeconds(10).toNanos();
        while (!name(service).orElseThrow().equals(renamed) && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        assertEquals(renamed, name(service).orElseThrow(), "the citizens' catalogue on this server");
    }

    @Test
    void anAssignmentCachesTheAgentTypeTheServiceAndTheAreaItReads() throws Exception {
        long service = data.newService("caché de la cola");
        long type = data.newAgentType(service);
        Agents agents = new Agents(data.newAgents("cache", 1, type));
        long ticket = data.queueTickets(service, 1).get(0);
        Cache cache = persistence.getCache();
        cache.evictAll(); // as when the copies have expired
        assertFalse(cache.contains(AgentType.class, type));

        AgentDesk desk = agents.as(0, queue::becomeAvailable);

        assertEquals(ticket, desk.ticket().ticketId());
        assertTrue(cache.contains(AgentType.class, type), "the agent's type, read after the agent's row was locked");
        Object cachedType = persistence.unwrap(JpaEntityManagerFactory.class).getServerSession().getIdentityMapAccessor()
                .getFromIdentityMap(type, AgentType.class);
        assertTrue(persistence.getPersistenceUnitUtil().isLoaded(cachedType, "services"), "with its competence");
        assertTrue(cache.contains(CatalogService.class, service), "the ticket's service");
        assertTrue(cache.contains(ManagementArea.class, QueueData.CAU_AREA), "the agent's area");
    }

    @Test
    void agentsGoingAvailableAtOnceJustAfterTheCachedServicesExpiredAllGetTheirTicket() throws Exception {
        int count = 24;
        List<Long> tickets = new ArrayList<>();
        List<String> usernames = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long service = data.newService("caducada " + i);
            usernames.addAll(data.newAgents("caducada", 1, data.newAgentType(service)));
            tickets.add(data.queueTickets(service, 1).get(0));
        }
        Agents agents = new Agents(usernames);
        // The agent types stay cached with their competence; each ticket's service must be read
        // again, by all agents at the same instant.
        persistence.getCache().evict(CatalogService.class);
        Map<Integer, Long> assigned = new ConcurrentHashMap<>();

        agents.race(agent -> {
            AgentDesk desk = agents.as(agent, queue::becomeAvailable);
            assertEquals(AgentStatus.BUSY, desk.status(), agents.username(agent));
            assigned.put(agent, desk.ticket().ticketId());
            return false;
        }, 120);

        for (int i = 0; i < count; i++) {
            assertEquals(tickets.get(i), assigned.get(i), "the ticket of " + agents.username(i));
        }
    }

    /**
     * What makes the test above pass every time, not only when its threads happen not to collide:
     * a relationship's query first prepared by concurrent lazy loads can fail (see
     * RelationshipQueries), so every one is prepared at deployment.
     */
    @Test
    void everyRelationshipQueryIsPreparedBeforeAnyoneLoadsARelationship() {
        List<String> relationships = new ArrayList<>();
        List<String> unprepared = new ArrayList<>();
        persistence.unwrap(JpaEntityManagerFactory.class).getServerSession().getDescriptors().values()
                .forEach(descriptor -> descriptor.getMappings().stream()
                        .filter(ForeignReferenceMapping.class::isInstance).map(ForeignReferenceMapping.class::cast)
                        .forEach(mapping -> {
                            String name = descriptor.getJavaClass().getSimpleName() + "." + mapping.getAttributeName();
                            relationships.add(name);
                            if (!mapping.getSelectionQuery().isPrepared()) {
                                unprepared.add(name);
                            }
                        }));
        assertTrue(relationships.contains("Ticket.service"), relationships.toString());
        assertEquals(List.of(), unprepared, "of " + relationships.size() + " relationships");
    }

    private Optional<String> name(long service) {
        return catalog.browse().stream().flatMap(c -> c.services().stream())
                .filter(s -> s.id() == service).map(CatalogEntry::name).findFirst();
    }

    private void rename(long service, String name) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE catalog_service SET name = ?, version = version + 1 WHERE id = ?")) {
            update.setString(1, name);
            update.setLong(2, service);
            assertEquals(1, update.executeUpdate());
        }
    }
}
