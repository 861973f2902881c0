package sv.gob.inpep.sesep.requests.control;

import sv.gob.inpep.sesep.FlatJson;
import org.junit.jupiter.api.Test;
import sv.gob.inpep.sesep.RuleViolation;
import sv.gob.inpep.sesep.catalog.entity.CatalogService;
import sv.gob.inpep.sesep.catalog.entity.FieldType;
import sv.gob.inpep.sesep.catalog.entity.ManagementArea;
import sv.gob.inpep.sesep.catalog.entity.ServiceCategory;
import sv.gob.inpep.sesep.requests.entity.ApplicantKind;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FormDataTest {

    private final CatalogService service = service();

    @Test
    void validValuesComeBackCanonicalInTheFormsOrder() {
        Map<String, String> values = FormData.validate(service.getFields(), Map.of(
                "motivo", "Trámite bancario", "anio", " 2025.0 ", "desde", "2015-01-31", "nota", "  hola  ", "otro", "x"));
        assertEquals(List.of("motivo", "anio", "desde", "nota"), List.copyOf(values.keySet()));
        assertEquals("2025", values.get("anio"));
        assertEquals("hola", values.get("nota"));
        assertEquals(values, FlatJson.fromJson(FlatJson.toJson(values)), "JSON round trip");
    }

    @Test
    void emptyOptionalFieldsAreLeftOut() {
        Map<String, String> values = FormData.validate(service.getFields(), Map.of("motivo", "Otro", "anio", "2024", "desde", ""));
        assertEquals(new LinkedHashMap<>(Map.of("motivo", "Otro", "anio", "2024")), new LinkedHashMap<>(values));
    }

    @Test
    void eachRuleIsReportedWithTheFieldsLabel() {
        assertRefused("error.request.fieldRequired", "Motivo", Map.of("anio", "2025"));
        assertRefused("error.request.fieldNotOption", "Motivo", Map.of("motivo", "Inventado", "anio", "2025"));
        assertRefused("error.request.fieldNotNumber", "Año fiscal", Map.of("motivo", "Otro", "anio", "dos mil"));
        assertRefused("error.request.fieldNotDate", "Desde", Map.of("motivo", "Otro", "anio", "1", "desde", "31/01/2015"));
        assertRefused("error.request.fieldTooLong", "Nota", Map.of("motivo", "Otro", "anio", "1", "nota", "x".repeat(201)));
    }

    @Test
    void aNumberIsHeldToFifteenDigitsAndSixDecimalsBeforeItIsWrittenOut() {
        Map<String, String> values = FormData.validate(service.getFields(), Map.of("motivo", "Otro", "anio", "1.5E+14"));
        assertEquals("150000000000000", values.get("anio"), "scientific form, as the page's converter hands it over, written out");
        assertEquals("123456789012345.123456", FormData.validate(service.getFields(),
                Map.of("motivo", "Otro", "anio", "123456789012345.123456")).get("anio"));
        // Two billion digits if written out: refused at once, not an out-of-memory error.
        assertRefused("error.request.fieldNumberRange", "Año fiscal", Map.of("motivo", "Otro", "anio", "1E2000000000"));
        assertRefused("error.request.fieldNumberRange", "Año fiscal", Map.of("motivo", "Otro", "anio", "1E-2000000000"));
        assertRefused("error.request.fieldNumberRange", "Año fiscal", Map.of("motivo", "Otro", "anio", "1234567890123456"));
        assertRefused("error.request.fieldNumberRange", "Año fiscal", Map.of("motivo", "Otro", "anio", "0.1234567"));
    }

    @Test
    void datesAreShownTheWayPeopleWriteThem() {
        assertEquals("31/01/2015", FormData.shown(service.getFields().get(2), "2015-01-31"));
        assertEquals("hola", FormData.shown(service.getFields().get(3), "hola"));
    }

    private void assertRefused(String key, String label, Map<String, String> values) {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> FormData.validate(service.getFields(), values));
        assertEquals(key, refused.getMessageKey());
        assertEquals(label, refused.getArguments()[0]);
    }

    private static CatalogService service() {
        CatalogService service = new CatalogService("CONST", "Constancia", new ServiceCategory("C", "Constancias", 1),
                new ManagementArea("CAU", "Centro de Atención al Usuario", "CWG"), 5, EnumSet.allOf(ApplicantKind.class));
        service.addField("motivo", "Motivo", FieldType.SELECT, true, "Trámite bancario|Otro");
        service.addField("anio", "Año fiscal", FieldType.NUMBER, true, null);
        service.addField("desde", "Desde", FieldType.DATE, false, null);
        service.addField("nota", "Nota", FieldType.TEXT, false, null);
        return service;
    }
}
