package sv.gob.inpep.sesep.it;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import sv.gob.inpep.sesep.RuleViolation;
import sv.gob.inpep.sesep.catalog.boundary.CatalogAdministration;
import sv.gob.inpep.sesep.catalog.boundary.CatalogEntry;
import sv.gob.inpep.sesep.catalog.boundary.ServiceCatalog;
import sv.gob.inpep.sesep.catalog.boundary.ServiceSettings;
import sv.gob.inpep.sesep.requests.entity.ApplicantKind;

import java.util.EnumSet;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The administrator edits a catalogue service and citizens see the change at once (the catalogue
 * is cached); a stale edit, a target out of range and a service nobody could request are refused;
 * an inactive service leaves the public catalogue; only ADMIN edits.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogAdministrationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return SesepDeployment.ear();
    }

    @Inject
    CatalogAdministration administration;

    @Inject
    ServiceCatalog catalog;

    @Inject
    QueueData data;

    @Test
    void anEditIsWhatCitizensReadNextAndAStaleOneIsRefused() throws Exception {
        long id = data.newService("catalogo");
        ServiceSettings before = settings(id);
        ServiceSettings edited = new ServiceSettings(id, before.code(), before.categoryName(), before.areaName(),
                "Servicio de prueba catálogo revisado", "Descripción revisada para el ciudadano.", 8,
                EnumSet.of(ApplicantKind.PENSIONER), false, true, before.version());
        ServiceSettings saved = As.user(DemoAccounts.ADMIN, () -> administration.update(edited));
        assertEquals(8, saved.slaBusinessDays());

        CatalogEntry entry = publicEntry(id).orElseThrow();
        assertEquals("Servicio de prueba catálogo revisado", entry.name());
        assertEquals("Descripción revisada para el ciudadano.", entry.description());
        assertEquals(8, entry.slaBusinessDays());
        assertEquals(EnumSet.of(ApplicantKind.PENSIONER), entry.offeredTo());

        // The same page saved again carries the old version: refused, nothing overwritten.
        RuleViolation stale = assertThrows(RuleViolation.class, () -> As.user(DemoAccounts.ADMIN, () -> administration.update(
                new ServiceSettings(id, before.code(), null, null, "Otro nombre", "Otra", 3, EnumSet.of(ApplicantKind.CONTRIBUTOR),
                        true, true, before.version()))));
        assertEquals("error.catalog.changedMeanwhile", stale.getMessageKey());
        assertEquals("Servicio de prueba catálogo revisado", publicEntry(id).orElseThrow().name());

        ServiceSettings current = settings(id);
        assertEquals("error.catalog.slaRange", refusal(new ServiceSettings(id, null, null, null, "N", "D", 0,
                EnumSet.of(ApplicantKind.PENSIONER), false, true, current.version())));
        assertEquals("error.catalog.offeredToRequired", refusal(new ServiceSettings(id, null, null, null, "N", "D", 5,
                EnumSet.noneOf(ApplicantKind.class), false, true, current.version())));

        // Taken out of the catalogue: citizens no longer find it.
        As.user(DemoAccounts.ADMIN, () -> administration.update(new ServiceSettings(id, null, null, null, current.name(),
                current.description(), current.slaBusinessDays(), current.offeredTo(), false, false, current.version())));
        assertTrue(publicEntry(id).isEmpty(), "an inactive service is not offered");
    }

    @Test
    void onlyTheAdministratorEditsTheCatalogue() {
        assertThrows(EJBAccessException.class, () -> As.user(DemoAccounts.SUPERVISOR, administration::services));
        assertThrows(EJBAccessException.class, () -> As.user(DemoAccounts.CONTRIBUTOR, administration::services));
    }

    private ServiceSettings settings(long id) throws Exception {
        return As.user(DemoAccounts.ADMIN, administration::services).stream().filter(s -> s.id() == id).findFirst().orElseThrow();
    }

    private Optional<CatalogEntry> publicEntry(long id) {
        return catalog.browse().stream().flatMap(c -> c.services().stream()).filter(s -> s.id() == id).findFirst();
    }

    private String refusal(ServiceSettings settings) {
        return assertThrows(RuleViolation.class, () -> As.user(DemoAccounts.ADMIN, () -> administration.update(settings)))
                .getMessageKey();
    }
}
