package sv.gob.inpep.sesep.catalog.entity;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The catalogue's categories: a new one goes last, and they move one place at a time as a service's requirements do. */
class ServiceCategoryTest {

    private final ServiceCategory certificates = new ServiceCategory("CONSTANCIAS", "Constancias y certificaciones", 10);
    private final ServiceCategory pensions = new ServiceCategory("PRESTACIONES", "Prestaciones (pensiones)", 20);
    private final ServiceCategory refunds = new ServiceCategory("DEVOLUCIONES", "Devoluciones", 40);
    private final List<ServiceCategory> categories = new ArrayList<>(List.of(certificates, pensions, refunds));

    @Test
    void aNewCategoryGoesAfterTheLastOneAndTheFirstOneFirst() {
        ServiceCategory added = ServiceCategory.after(categories, "QUEJAS", "Quejas");
        assertTrue(added.getSortOrder() > refunds.getSortOrder());
        categories.add(added);
        assertEquals(List.of(certificates, pensions, refunds, added), ordered());
        assertTrue(ServiceCategory.after(List.of(), "PRIMERA", "Primera").getSortOrder() > 0);
    }

    @Test
    void aMoveSwapsACategoryWithItsNeighbourRenumbersThemAllAndStopsAtTheEnds() {
        assertTrue(ServiceCategory.move(ordered(), refunds, true));
        assertEquals(List.of(certificates, refunds, pensions), ordered());
        assertEquals(List.of(10, 20, 30), ordered().stream().map(ServiceCategory::getSortOrder).toList(), "renumbered, gaps closed");
        assertTrue(ServiceCategory.move(ordered(), certificates, false));
        assertEquals(List.of(refunds, certificates, pensions), ordered());

        assertFalse(ServiceCategory.move(ordered(), refunds, true), "already first");
        assertFalse(ServiceCategory.move(ordered(), pensions, false), "already last");
        assertEquals(List.of(refunds, certificates, pensions), ordered());
    }

    @Test
    void aCategoryNotInTheListIsNotMoved() {
        ServiceCategory other = new ServiceCategory("OTRA", "Otra", 5);
        assertThrows(IllegalArgumentException.class, () -> ServiceCategory.move(ordered(), other, true));
        assertEquals(List.of(certificates, pensions, refunds), ordered());
        assertEquals(5, other.getSortOrder());
    }

    /** In the order citizens see them (the named query's order). */
    private List<ServiceCategory> ordered() {
        return categories.stream().sorted(Comparator.comparingInt(ServiceCategory::getSortOrder).thenComparing(ServiceCategory::getName))
                .toList();
    }
}
