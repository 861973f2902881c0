package sv.gob.inpep.sesep.catalog.entity;

import org.junit.jupiter.api.Test;
import sv.gob.inpep.sesep.Fixtures;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A service's requirements: listed in order, moved one place at a time, retired when removed. */
class CatalogServiceTest {

    private static final String TYPES = "application/pdf";
    private static final long SIZE = 1024;

    private final CatalogService service = Fixtures.service(Fixtures.cau());
    private final DocumentRequirement dui = service.addRequirement("DUI", null, true, TYPES, SIZE);
    private final DocumentRequirement birth = service.addRequirement("Partida de nacimiento", null, true, TYPES, SIZE);
    private final DocumentRequirement salary = service.addRequirement("Constancia de salario", null, false, TYPES, SIZE);

    @Test
    void aMoveSwapsARequirementWithItsNeighbourAndStopsAtTheEnds() {
        assertTrue(service.moveRequirement(salary, true));
        assertEquals(List.of(dui, salary, birth), service.getRequirements());
        assertTrue(service.moveRequirement(dui, false));
        assertEquals(List.of(salary, dui, birth), service.getRequirements());

        assertFalse(service.moveRequirement(salary, true), "already first");
        assertFalse(service.moveRequirement(birth, false), "already last");
        assertEquals(List.of(salary, dui, birth), service.getRequirements());
    }

    @Test
    void aRemovedRequirementIsRetiredAndNoLongerListedOrMoved() {
        service.removeRequirement(birth);
        assertTrue(birth.isRetired());
        assertEquals(List.of(dui, salary), service.getRequirements());
        assertTrue(service.moveRequirement(salary, true));
        assertEquals(List.of(salary, dui), service.getRequirements());

        assertThrows(IllegalArgumentException.class, () -> service.moveRequirement(birth, true));
        assertThrows(IllegalArgumentException.class, () -> service.removeRequirement(birth));
        DocumentRequirement later = service.addRequirement("Partida de nacimiento", null, false, TYPES, SIZE);
        assertEquals(List.of(salary, dui, later), service.getRequirements());
    }
}
