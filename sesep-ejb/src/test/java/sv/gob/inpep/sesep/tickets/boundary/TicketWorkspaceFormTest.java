package sv.gob.inpep.sesep.tickets.boundary;

import org.junit.jupiter.api.Test;
import sv.gob.inpep.sesep.catalog.entity.CatalogService;
import sv.gob.inpep.sesep.catalog.entity.FieldType;
import sv.gob.inpep.sesep.catalog.entity.ManagementArea;
import sv.gob.inpep.sesep.catalog.entity.ServiceCategory;
import sv.gob.inpep.sesep.catalog.entity.ServiceField;
import sv.gob.inpep.sesep.requests.entity.ApplicantKind;

import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The agent reads a request's form data under the labels of its fields, also of fields removed since it was filed. */
class TicketWorkspaceFormTest {

    @Test
    void aRemovedFieldStillLabelsTheValueOfARequestFiledWithItAndIsLeftOutOfOthers() {
        CatalogService service = new CatalogService("CONST", "Constancia", new ServiceCategory("C", "Constancias", 1),
                new ManagementArea("CAU", "Centro de Atención al Usuario", "CWG"), 5, EnumSet.allOf(ApplicantKind.class));
        ServiceField reason = service.addField("motivo", "Motivo", FieldType.SELECT, true, "Banco|Otro");
        service.addField("anio", "Año fiscal", FieldType.NUMBER, false, null);
        service.removeField(reason);

        assertEquals(List.of(new ServiceDetail.FormValue("Motivo", "Banco"), new ServiceDetail.FormValue("Año fiscal", "2024")),
                TicketWorkspace.formValues(service, "{\"motivo\":\"Banco\",\"anio\":\"2024\"}"));
        assertEquals(List.of(new ServiceDetail.FormValue("Año fiscal", "2025")),
                TicketWorkspace.formValues(service, "{\"anio\":\"2025\"}"), "filed after the removal: not asked, not shown");
    }

    @Test
    void aTransferredRequestShowsWhatWasFiledUnderTheFirstServicesLabelsAfterTheNewServicesFields() {
        ManagementArea cau = new ManagementArea("CAU", "Centro de Atención al Usuario", "CWG");
        CatalogService first = new CatalogService("CONST", "Constancia", new ServiceCategory("C", "Constancias", 1), cau, 5,
                EnumSet.allOf(ApplicantKind.class));
        first.addField("motivo", "Motivo", FieldType.SELECT, true, "Banco|Otro");
        first.addField("fecha_baja", "Fecha de retiro", FieldType.DATE, false, null);
        CatalogService now = new CatalogService("DEV", "Devolución de cotizaciones", new ServiceCategory("P", "Prestaciones", 2),
                new ManagementArea("PEN", "Departamento de Pensiones", "PWG"), 30, EnumSet.allOf(ApplicantKind.class));
        now.addField("cuenta", "Cuenta bancaria", FieldType.TEXT, false, null);

        assertEquals(List.of(new ServiceDetail.FormValue("Cuenta bancaria", null), new ServiceDetail.FormValue("Motivo", "Banco"),
                        new ServiceDetail.FormValue("Fecha de retiro", "31/01/2026")),
                TicketWorkspace.formValues(now, List.of(first), "{\"motivo\":\"Banco\",\"fecha_baja\":\"2026-01-31\"}"));
    }

    @Test
    void theAgentReadsDatesAsTheCitizenDoesAndDataThatIsNotAFormAsItIs() {
        CatalogService service = new CatalogService("QUEJA", "Queja", new ServiceCategory("Q", "Quejas", 1),
                new ManagementArea("CAU", "Centro de Atención al Usuario", "CWG"), 5, EnumSet.allOf(ApplicantKind.class));
        service.addField("fecha_hecho", "Fecha del hecho", FieldType.DATE, true, null);

        assertEquals(List.of(new ServiceDetail.FormValue("Fecha del hecho", "15/09/2026")),
                TicketWorkspace.formValues(service, "{\"fecha_hecho\":\"2026-09-15\"}"));
        assertEquals(List.of(new ServiceDetail.FormValue("Fecha del hecho", null), new ServiceDetail.FormValue("—", "no es JSON")),
                TicketWorkspace.formValues(service, "no es JSON"));
    }
}
