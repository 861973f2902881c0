package sv.gob.inpep.sesep.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import sv.gob.inpep.sesep.SharedCache;
import sv.gob.inpep.sesep.catalog.boundary.CatalogEntry;
import sv.gob.inpep.sesep.catalog.boundary.ServiceCatalog;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On a cluster each server keeps its own shared cache of what administrators edit. A change made
 * on another server is written here behind this server's back, as that server would write it;
 * this server must show it within {@link SharedCache#EXPIRY_MILLIS}, not only after a restart.
 */
@ExtendWith(ArquillianExtension.class)
class SharedCacheIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return SesepDeployment.ear();
    }

    @Inject
    ServiceCatalog catalog;

    @Inject
    QueueData data;

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
        long deadline = changed + (SharedCache.EXPIRY_MILLIS + 10_000) * 1_000_000L;
        while (!name(service).orElseThrow().equals(renamed) && System.nanoTime() < deadline) {
            Thread.sleep(1_000);
        }
        assertEquals(renamed, name(service).orElseThrow(), "the citizens' catalogue on this server");
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
