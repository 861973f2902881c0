package sv.gob.inpep.sesep.catalog.entity;

import org.junit.jupiter.api.Test;
import sv.gob.inpep.sesep.Fixtures;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A service's requirements and form fields: listed in order, moved one place at a time, retired when removed. */
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

    @Test
    void fieldsMoveLikeRequirementsAndARemovedOneIsRetiredButKeepsItsCodeAndLabel() {
        ServiceField reason = service.addField("motivo", "Motivo", FieldType.SELECT, true, "Banco|Otro");
        ServiceField year = service.addField("anio", "Año", FieldType.NUMBER, true, null);
        ServiceField note = service.addField("nota", "Nota", FieldType.TEXT, false, null);
        assertTrue(service.moveField(note, true));
        assertEquals(List.of(reason, note, year), service.getFields());
        assertFalse(service.moveField(reason, true), "already first");

        service.removeField(note);
        assertTrue(note.isRetired());
        assertEquals(List.of(reason, year), service.getFields());
        assertEquals(List.of(reason, note, year), service.getFieldsEverAsked(), "old requests still read its label");
        assertTrue(service.hasFieldCode("nota"), "its code stays taken");
        assertTrue(service.field("nota").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> service.moveField(note, false));

        year.change("Año fiscal", FieldType.SELECT, false, "2024|2025");
        assertEquals("anio", year.getCode());
        assertEquals(List.of("2024", "2025"), year.getOptionList());
        assertThrows(IllegalArgumentException.class, () -> year.change("Año", FieldType.SELECT, false, " "));
    }
}
