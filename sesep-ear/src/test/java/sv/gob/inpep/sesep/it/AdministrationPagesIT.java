package sv.gob.inpep.sesep.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The administrator keeps the holiday calendar, the mail texts, the agents and the catalogue
 * (services, the documents they require, the fields of their filing form and their downloadable
 * form, and the categories that group them) in the UI, not in SQL.
 */
@ExtendWith(ArquillianExtension.class)
@Tag(Screens.TAG)
@RunAsClient
class AdministrationPagesIT {

    @Test
    void anAdministratorAddsAndRemovesAHolidayOnThePage() {
        try (Browser browser = new Browser()) {
            browser.steps("holidays", () -> holidays(browser));
        }
    }

    private static void holidays(Browser browser) {
        browser.login(DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
        browser.open("/panel/admin/feriados.xhtml?anio=2026");
        assertTrue(browser.text().contains("Independencia"), "the demo holidays of 2026 are listed: " + browser.text());

        WebElement date = browser.find(By.id("holidays:newDate_input"));
        date.clear();
        date.sendKeys("15/07/2026");
        browser.find(By.id("holidays:newName")).sendKeys("Asueto de prueba en página");
        browser.waitFor(d -> "Asueto de prueba en página".equals(d.findElement(By.id("holidays:newName")).getAttribute("value")));
        browser.find(By.id("holidays:add")).click();
        browser.waitFor(d -> browser.text().contains("El día feriado se agregó al calendario."));
        assertTrue(browser.text().contains("Asueto de prueba en página"));

        // The same day twice is refused with the reason, in Spanish.
        browser.find(By.id("holidays:newDate_input")).sendKeys("15/07/2026");
        browser.find(By.id("holidays:newName")).sendKeys("Otra vez");
        browser.waitFor(d -> "Otra vez".equals(d.findElement(By.id("holidays:newName")).getAttribute("value")));
        browser.find(By.id("holidays:add")).click();
        browser.waitFor(d -> browser.text().contains("Ya hay un día feriado registrado para el"));
        assertFalse(browser.text().contains("Otra vez"));

        WebElement row = browser.driver().findElements(By.cssSelector("#holidays\\:table tbody tr")).stream()
                .filter(r -> r.getText().contains("Asueto de prueba en página")).findFirst().orElseThrow();
        row.findElement(By.cssSelector("button[id$=':remove']")).click();
        browser.find(By.cssSelector(".ui-confirmdialog-yes")).click();
        browser.waitFor(d -> browser.text().contains("El día se quitó del calendario."));
        assertFalse(browser.text().contains("Asueto de prueba en página"));
    }

    @Test
    void anAdministratorEditsAMailTemplate() {
        try (Browser browser = new Browser()) {
            browser.steps("templates", () -> templates(browser));
        }
    }

    private static void templates(Browser browser) {
        browser.login(DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
        browser.open("/panel/admin/plantillas.xhtml");
        WebElement subject = browser.find(By.id("templates:subject"));
        String original = subject.getAttribute("value");
        subject.clear();
        subject.sendKeys(original + " (revisado)");
        browser.find(By.id("templates:save")).click();
        browser.waitFor(d -> browser.text().contains("La plantilla se guardó."));
        assertEquals(original + " (revisado)", browser.find(By.id("templates:subject")).getAttribute("value"));

        subject = browser.find(By.id("templates:subject"));
        subject.clear();
        subject.sendKeys(original);
        browser.find(By.id("templates:save")).click();
        browser.waitFor(d -> browser.text().contains("La plantilla se guardó."));
    }

    @Test
    void anAdministratorEnrolsAnAgentDeactivatesAndReactivatesThemAndKeepsACompetence() throws Exception {
        // The enrolled agent's mail (the link to choose a password) is caught here, in the test JVM.
        GreenMail smtp = new GreenMail(new ServerSetup(Integer.getInteger("sesep.it.smtp-port", 3025), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try (Browser browser = new Browser()) {
            browser.steps("agents", () -> agents(browser));
            // Other mail of the shared server may arrive meanwhile (a reconciled closing of the demo
            // data, say): the agent's is the one sent to the agent.
            jakarta.mail.internet.MimeMessage mail = null;
            for (long deadline = System.currentTimeMillis() + 30_000; mail == null && System.currentTimeMillis() < deadline; ) {
                smtp.waitForIncomingEmail(1_000, smtp.getReceivedMessages().length + 1);
                for (jakarta.mail.internet.MimeMessage received : smtp.getReceivedMessages()) {
                    if ("pagina.agente@inpep.example".equals(received.getAllRecipients()[0].toString())) {
                        mail = received;
                    }
                }
            }
            assertNotNull(mail, "the new agent is mailed a link");
            assertEquals("SESEP - INPEP: su cuenta fue creada; elija su contraseña", mail.getSubject());
        } finally {
            smtp.stop();
        }
    }

    private static void agents(Browser browser) {
        browser.login(DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
        browser.open("/panel/admin/agentes.xhtml");
        assertTrue(browser.text().contains("G-CAU-01"), "the demo agents are listed");

        browser.find(By.id("enrol:username")).sendKeys("pagina.agente");
        browser.find(By.id("enrol:fullName")).sendKeys("Agente Inscrito en Página");
        browser.find(By.id("enrol:email")).sendKeys("pagina.agente@inpep.example");
        browser.find(By.id("enrol:gestorCode")).sendKeys("G-CAU-77");
        new Select(browser.find(By.id("enrol:agentType"))).selectByVisibleText("Agente CAU general (Centro de Atención al Usuario)");
        browser.find(By.id("enrol:enrolButton")).click();
        browser.waitFor(d -> browser.text().contains("Se inscribió a Agente Inscrito en Página"));
        assertTrue(row(browser, "G-CAU-77").contains("No disponible"), row(browser, "G-CAU-77"));

        // Deactivate (confirmed), then activate again.
        button(browser, "G-CAU-77", ":deactivate").click();
        browser.find(By.cssSelector(".ui-confirmdialog-yes")).click();
        browser.waitFor(d -> browser.text().contains("El agente quedó inactivo.") && row(browser, "G-CAU-77").contains("Inactivo"));
        button(browser, "G-CAU-77", ":activate").click();
        browser.waitFor(d -> browser.text().contains("El agente quedó activo.") && row(browser, "G-CAU-77").contains("No disponible"));

        // The competence dialog of a type shows its services ticked and saves them.
        WebElement type = browser.driver().findElements(By.cssSelector("[id='types:table'] tbody tr")).stream()
                .filter(r -> r.getText().contains("Agente CAU general")).findFirst().orElseThrow();
        type.findElement(By.cssSelector("button[id$=':edit']")).click();
        browser.find(By.id("types:saveCompetence"));
        assertTrue(browser.driver().findElements(By.cssSelector("[id='types:services'] .ui-chkbox-box.ui-state-active")).size() >= 7,
                "the demo type's seven services are ticked");
        browser.find(By.id("types:saveCompetence")).click();
        browser.waitFor(d -> browser.text().contains("Se guardó la competencia de Agente CAU general."));

        // A new agent type: the missing area is named, then it is created with no competence and
        // can be chosen for the next agent enrolled.
        browser.find(By.id("newType:code")).sendKeys("cau-quejas");
        browser.find(By.id("newType:name")).sendKeys("Agente de quejas y reclamos");
        browser.find(By.id("newType:create")).click();
        browser.waitFor(d -> browser.text().contains("Elija el área del tipo de agente."));
        new Select(browser.find(By.id("newType:area"))).selectByVisibleText("Centro de Atención al Usuario");
        browser.find(By.id("newType:create")).click();
        browser.waitFor(d -> browser.text().contains("Se creó el tipo de agente Agente de quejas y reclamos"));
        String created = browser.driver().findElements(By.cssSelector("[id='types:table'] tbody tr")).stream()
                .map(WebElement::getText).filter(r -> r.contains("Agente de quejas y reclamos")).findFirst().orElseThrow();
        assertTrue(created.contains("(CAU-QUEJAS)") && created.contains("Centro de Atención al Usuario"), created);
        assertTrue(new Select(browser.find(By.id("enrol:agentType"))).getOptions().stream()
                .anyMatch(o -> o.getText().equals("Agente de quejas y reclamos (Centro de Atención al Usuario)")),
                "the enrol form offers the new type");

        // "Cambiar tipo": the agent enrolled above moves to the new type of the same area.
        button(browser, "G-CAU-77", ":move").click();
        new Select(browser.find(By.id("agents:movingType"))).selectByVisibleText("Agente de quejas y reclamos");
        browser.find(By.id("agents:confirmMove")).click();
        browser.waitFor(d -> browser.text().contains("El agente G-CAU-77 cambió de tipo.")
                && row(browser, "G-CAU-77").contains("Agente de quejas y reclamos"));
    }

    @Test
    void anAdministratorEditsACatalogueServiceAndCitizensReadIt() {
        try (Browser browser = new Browser()) {
            browser.steps("catalogue", () -> catalogue(browser));
        }
    }

    private static void catalogue(Browser browser) {
        browser.login(DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
        browser.open("/panel/admin/catalogo.xhtml");
        browser.find(By.xpath("//tbody[@id='catalog:services_data']/tr[contains(., 'QUEJA')]//button[contains(@id, ':edit')]")).click();
        WebElement description = browser.find(By.id("catalog:description"));
        String original = description.getAttribute("value");
        description.sendKeys(" Revisado en página.");
        // The time to fix an observation (issue 17) is edited with the rest of the settings.
        assertEquals("10", browser.find(By.id("catalog:correctionDays_input")).getAttribute("value"), "the default");
        browser.find(By.id("catalog:correctionDays_input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "15");
        browser.find(By.id("catalog:save")).click();
        browser.waitFor(d -> browser.text().contains("Se guardaron los cambios de Queja o reclamo."));
        browser.open("/portal/catalogo.xhtml");
        assertTrue(browser.driver().getPageSource().contains("Revisado en página."), "the public catalogue carries the new description");

        browser.open("/panel/admin/catalogo.xhtml");
        browser.find(By.xpath("//tbody[@id='catalog:services_data']/tr[contains(., 'QUEJA')]//button[contains(@id, ':edit')]")).click();
        WebElement again = browser.find(By.id("catalog:description"));
        again.clear();
        again.sendKeys(original);
        assertEquals("15", browser.find(By.id("catalog:correctionDays_input")).getAttribute("value"), "saved");
        browser.find(By.id("catalog:correctionDays_input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "10");
        browser.find(By.id("catalog:save")).click();
        browser.waitFor(d -> browser.text().contains("Se guardaron los cambios de Queja o reclamo."));

        // "Nuevo servicio": the missing category is named; then the service is created, inactive,
        // and cannot be made available while no agent type attends it.
        int constancias = Integer.parseInt(categoryRow(browser, "CONSTANCIAS").findElement(By.xpath("./td[3]")).getText());
        browser.find(By.id("newService:code")).sendKeys("pag-nuevo");
        browser.find(By.id("newService:name")).sendKeys("Servicio creado en página");
        browser.find(By.id("newService:description")).sendKeys("Un servicio que el administrador creó en la página.");
        browser.find(By.id("newService:sla_input")).sendKeys("3");
        new Select(browser.find(By.id("newService:area"))).selectByVisibleText("Centro de Atención al Usuario");
        browser.find(By.id("newService:create")).click();
        browser.waitFor(d -> browser.text().contains("Elija la categoría del servicio."));
        new Select(browser.find(By.id("newService:category"))).selectByVisibleText("Constancias y certificaciones");
        browser.find(By.id("newService:create")).click();
        browser.waitFor(d -> browser.text().contains("Se creó el servicio Servicio creado en página."));
        String row = browser.find(By.xpath("//tbody[@id='catalog:services_data']/tr[contains(., 'PAG-NUEVO')]")).getText();
        assertTrue(row.contains("Servicio creado en página") && row.contains("Inactivo") && row.contains("Centro de Atención al Usuario"),
                row);
        assertEquals("", browser.find(By.id("newService:code")).getAttribute("value"), "the form is empty for the next one");
        assertEquals(Integer.toString(constancias + 1), categoryRow(browser, "CONSTANCIAS").findElement(By.xpath("./td[3]")).getText(),
                "the category's count follows");

        browser.find(By.xpath("//tbody[@id='catalog:services_data']/tr[contains(., 'PAG-NUEVO')]//button[contains(@id, ':edit')]"))
                .click();
        browser.find(By.cssSelector("[id='catalog:active'] .ui-chkbox-box")).click();
        browser.find(By.id("catalog:save")).click();
        browser.waitFor(d -> browser.text().contains("No se puede poner Servicio creado en página a disposición de los ciudadanos"));
        browser.open("/portal/catalogo.xhtml");
        assertFalse(browser.text().contains("Servicio creado en página"), "citizens do not find it");
    }

    @Test
    void anAdministratorAddsRenamesMovesAndDeletesACategory() {
        try (Browser browser = new Browser()) {
            browser.steps("categories", () -> categories(browser));
        }
    }

    private static void categories(Browser browser) {
        browser.login(DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
        browser.open("/panel/admin/catalogo.xhtml");
        List<String> demo = categoryRows(browser);
        assertEquals("1 Constancias y certificaciones", demo.get(0), demo.toString());

        // A code that is not one is refused with the reason; the form keeps what was typed.
        browser.find(By.id("categories:code")).sendKeys("pag cat");
        browser.find(By.id("categories:name")).sendKeys("Categoría de página");
        browser.find(By.id("categories:add")).click();
        browser.waitFor(d -> browser.text().contains("El código de la categoría empieza con una letra"));
        WebElement code = browser.find(By.id("categories:code"));
        code.clear();
        code.sendKeys("pag-cat");
        browser.find(By.id("categories:add")).click();
        browser.waitFor(d -> browser.text().contains("Se agregó la categoría Categoría de página al final de la lista."));
        List<String> added = categoryRows(browser);
        assertEquals(demo.size() + 1 + " Categoría de página", added.get(added.size() - 1), added.toString());
        assertEquals("0", categoryRow(browser, "PAG-CAT").findElement(By.xpath("./td[3]")).getText(), "it holds no service");
        assertEquals("", browser.find(By.id("categories:code")).getAttribute("value"), "the form is empty for the next one");
        assertTrue(categoryOffered(browser, "Categoría de página"), "the form for a new service offers it");

        // A category that holds services is not deleted, and the message says how many.
        categoryRow(browser, "CONSTANCIAS").findElement(By.cssSelector("button[id$=':delete']")).click();
        browser.find(By.cssSelector(".ui-confirmdialog-yes")).click();
        browser.waitFor(d -> browser.text().contains("No se puede eliminar la categoría Constancias y certificaciones: agrupa"));
        assertEquals(added, categoryRows(browser));

        categoryRow(browser, "PAG-CAT").findElement(By.cssSelector("button[id$=':up']")).click();
        browser.waitFor(d -> browser.text().contains("Se cambió el orden de las categorías.")
                && categoryRows(browser).get(demo.size() - 1).equals(demo.size() + " Categoría de página"));

        categoryRow(browser, "PAG-CAT").findElement(By.cssSelector("button[id$=':rename']")).click();
        WebElement name = browser.find(By.id("categories:newName"));
        name.clear();
        name.sendKeys("Categoría renombrada en página");
        browser.find(By.id("categories:saveName")).click();
        browser.waitFor(d -> browser.text().contains("La categoría ahora se llama Categoría renombrada en página."));
        assertTrue(categoryOffered(browser, "Categoría renombrada en página"), "the new-service form follows the new name");
        assertFalse(categoryOffered(browser, "Categoría de página"));

        categoryRow(browser, "PAG-CAT").findElement(By.cssSelector("button[id$=':delete']")).click();
        browser.find(By.cssSelector(".ui-confirmdialog-yes")).click();
        browser.waitFor(d -> browser.text().contains("Se eliminó la categoría Categoría renombrada en página."));
        browser.waitFor(d -> categoryRows(browser).size() == demo.size());
        assertFalse(browser.text().contains("PAG-CAT"));
        assertFalse(categoryOffered(browser, "Categoría renombrada en página"), "nor is it offered for a new service");
    }

    @Test
    void anAdministratorAddsMovesAndRemovesARequiredDocumentAndCitizensSeeIt() {
        try (Browser admin = new Browser(); Browser citizen = new Browser()) {
            Browser.steps("requirements", List.of(admin, citizen), () -> {
                requirements(admin, citizen);
                return null;
            });
        }
    }

    private static void requirements(Browser admin, Browser citizen) {
        admin.login(DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
        admin.open("/panel/admin/catalogo.xhtml");
        admin.find(By.xpath("//tbody[@id='catalog:services_data']/tr[contains(., 'QUEJA')]//button[contains(@id, ':documents')]")).click();
        admin.waitFor(d -> admin.text().contains("Documentos requeridos: Queja o reclamo"));
        assertEquals(List.of("1 Documentos de soporte"), requirementRows(admin));

        // Without a name the form stays open and says so next to the field.
        admin.find(By.id("requirements:add")).click();
        admin.find(By.id("requirements:saveRequirement")).click();
        admin.find(By.xpath("//div[@id='requirements:requirementDialog']//*[contains(@class, 'ui-message-error')]"
                + "[contains(., 'Escriba el nombre del documento.')]"));

        admin.find(By.id("requirements:requirementName")).sendKeys("Constancia de página");
        admin.find(By.id("requirements:requirementDescription")).sendKeys("Emitida por la institución donde labora.");
        admin.find(By.id("requirements:requirementMandatory")).click();       // optional: other tests file complaints
        admin.find(By.id("requirements:requirementTypes:1")).click();         // JPG off
        admin.find(By.id("requirements:requirementTypes:2")).click();         // PNG off
        new Select(admin.find(By.id("requirements:requirementSize"))).selectByVisibleText("2 MB");
        admin.find(By.id("requirements:saveRequirement")).click();
        admin.waitFor(d -> admin.text().contains("Se agregó el documento Constancia de página."));
        assertEquals(List.of("1 Documentos de soporte", "2 Constancia de página"), requirementRows(admin));
        String added = admin.find(By.xpath("//tbody[@id='requirements:table_data']/tr[contains(., 'Constancia de página')]")).getText();
        assertTrue(added.contains("Opcional") && added.contains("PDF") && !added.contains("JPG") && added.contains("2 MB"), added);

        admin.find(By.xpath("//tbody[@id='requirements:table_data']/tr[contains(., 'Constancia de página')]"
                + "//button[contains(@id, ':up')]")).click();
        admin.waitFor(d -> admin.text().contains("Se cambió el orden de los documentos.")
                && requirementRows(admin).equals(List.of("1 Constancia de página", "2 Documentos de soporte")));

        // The citizen filing a complaint is asked for it first, as the administrator left it.
        citizen.login(DemoAccounts.CONTRIBUTOR, DemoAccounts.PASSWORD);
        List<String> asked = complaintDocuments(citizen);
        assertEquals(2, asked.size(), asked.toString());
        assertTrue(asked.get(0).contains("Constancia de página") && asked.get(0).contains("Opcional")
                && asked.get(0).contains("Emitida por la institución donde labora.")
                && asked.get(0).contains("Formatos: PDF · Tamaño máximo: 2 MB"), asked.get(0));
        assertTrue(asked.get(1).contains("Documentos de soporte"), asked.get(1));

        admin.find(By.xpath("//tbody[@id='requirements:table_data']/tr[contains(., 'Constancia de página')]"
                + "//button[contains(@id, ':remove')]")).click();
        admin.find(By.cssSelector(".ui-confirmdialog-yes")).click();
        admin.waitFor(d -> admin.text().contains("Se quitó el documento Constancia de página"));
        admin.waitFor(d -> requirementRows(admin).equals(List.of("1 Documentos de soporte")));
        List<String> after = complaintDocuments(citizen);
        assertEquals(1, after.size(), after.toString());
        assertTrue(after.get(0).contains("Documentos de soporte"), after.get(0));
    }

    @Test
    void anAdministratorAddsAFormFieldAndPutsUpADownloadableFormAndCitizensSeeThem() throws IOException {
        Path files = Files.createTempDirectory("sesep-form");
        Path notPdf = Files.write(files.resolve("formulario falso.pdf"), TestFiles.png());
        Path pdf = Files.write(files.resolve("Formulario de queja.pdf"), TestFiles.pdf("Formulario de queja o reclamo"));
        try (Browser admin = new Browser(); Browser citizen = new Browser()) {
            Browser.steps("fields", List.of(admin, citizen), () -> {
                fields(admin, citizen, notPdf, pdf);
                return null;
            });
        }
    }

    private static void fields(Browser admin, Browser citizen, Path notPdf, Path pdf) {
        admin.login(DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
        admin.open("/panel/admin/catalogo.xhtml");
        admin.find(By.xpath("//tbody[@id='catalog:services_data']/tr[contains(., 'QUEJA')]//button[contains(@id, ':form')]")).click();
        admin.waitFor(d -> admin.text().contains("Formulario de solicitud: Queja o reclamo"));
        List<String> demo = fieldRows(admin);
        assertEquals("1 Tipo", demo.get(0));
        assertTrue(admin.text().contains("Este servicio no tiene formulario para descargar."), admin.text());

        // Without a code or a name the dialog stays open and says so next to each field; a code
        // with capitals or spaces is refused the same way.
        admin.find(By.id("fields:add")).click();
        admin.find(By.id("fields:saveField")).click();
        admin.find(By.xpath("//div[@id='fields:fieldDialog']//*[contains(@class, 'ui-message-error')]"
                + "[contains(., 'Escriba el código del campo.')]"));
        admin.find(By.xpath("//div[@id='fields:fieldDialog']//*[contains(@class, 'ui-message-error')]"
                + "[contains(., 'Escriba el nombre del campo.')]"));
        admin.find(By.id("fields:fieldCode")).sendKeys("Caso Anterior");
        admin.find(By.id("fields:fieldLabel")).sendKeys("Número de caso anterior");
        admin.find(By.id("fields:saveField")).click();
        admin.find(By.xpath("//div[@id='fields:fieldDialog']//*[contains(@class, 'ui-message-error')]"
                + "[contains(., 'El código admite solo letras minúsculas')]"));

        WebElement code = admin.find(By.id("fields:fieldCode"));
        code.clear();
        code.sendKeys("caso_anterior_pagina");
        new Select(admin.find(By.id("fields:fieldType"))).selectByVisibleText("Número");
        admin.find(By.id("fields:fieldRequired")).click();                   // optional: other tests file complaints
        admin.find(By.id("fields:saveField")).click();
        admin.waitFor(d -> admin.text().contains("Se agregó el campo Número de caso anterior."));
        List<String> added = fieldRows(admin);
        assertEquals(demo.size() + 1 + " Número de caso anterior", added.get(added.size() - 1), added.toString());
        String row = admin.find(By.xpath("//tbody[@id='fields:table_data']/tr[contains(., 'Número de caso anterior')]")).getText();
        assertTrue(row.contains("caso_anterior_pagina") && row.contains("Número") && row.contains("Opcional"), row);

        admin.find(By.xpath("//tbody[@id='fields:table_data']/tr[contains(., 'Número de caso anterior')]"
                + "//button[contains(@id, ':up')]")).click();
        admin.waitFor(d -> admin.text().contains("Se cambió el orden de los campos.")
                && fieldRows(admin).get(demo.size() - 1).equals(demo.size() + " Número de caso anterior"));

        // The citizen filing a complaint is asked for it, just before the form's last field.
        citizen.login(DemoAccounts.CONTRIBUTOR, DemoAccounts.PASSWORD);
        List<String> asked = complaintFields(citizen);
        assertEquals(demo.size() + 1, asked.size(), asked.toString());
        assertEquals("Número de caso anterior", asked.get(demo.size() - 1), asked.toString());
        assertTrue(citizen.driver().findElements(By.linkText("Descargar formulario")).isEmpty(), "no form to download yet");

        // The downloadable form: a file that is not a PDF inside is refused next to the upload, a PDF is put up.
        chooseFile(admin, notPdf);
        admin.waitFor(d -> admin.text().contains("El archivo \"formulario falso.pdf\" no es un PDF."));
        assertTrue(admin.text().contains("Este servicio no tiene formulario para descargar."));
        chooseFile(admin, pdf);
        admin.waitFor(d -> admin.text().contains("Se publicó el formulario Formulario de queja.pdf."));
        admin.waitFor(d -> admin.text().contains("Formulario actual: Formulario de queja.pdf"));
        complaintFields(citizen);
        String link = citizen.find(By.linkText("Descargar formulario")).getAttribute("href");
        assertTrue(link.contains("/formularios/"), link);

        admin.find(By.id("fields:removeForm")).click();
        admin.find(By.cssSelector(".ui-confirmdialog-yes")).click();
        admin.waitFor(d -> admin.text().contains("Se quitó el formulario Formulario de queja.pdf."));
        admin.waitFor(d -> admin.text().contains("Este servicio no tiene formulario para descargar."));

        admin.find(By.xpath("//tbody[@id='fields:table_data']/tr[contains(., 'Número de caso anterior')]"
                + "//button[contains(@id, ':remove')]")).click();
        admin.find(By.cssSelector(".ui-confirmdialog-yes")).click();
        admin.waitFor(d -> admin.text().contains("Se quitó el campo Número de caso anterior"));
        admin.waitFor(d -> fieldRows(admin).equals(demo));
        List<String> after = complaintFields(citizen);
        assertEquals(demo.size(), after.size(), after.toString());
        assertFalse(after.contains("Número de caso anterior"), after.toString());
        assertTrue(citizen.driver().findElements(By.linkText("Descargar formulario")).isEmpty(), "the form was withdrawn");
    }

    private static void chooseFile(Browser admin, Path file) {
        admin.driver().findElement(By.cssSelector("[id='fields:upload'] input[type='file']")).sendKeys(file.toAbsolutePath().toString());
    }

    /** The categories on the catalogue page, each as "order name". */
    private static List<String> categoryRows(Browser browser) {
        return browser.driver().findElements(By.xpath("//tbody[@id='categories:table_data']/tr")).stream()
                .map(r -> r.findElement(By.xpath("./td[1]")).getText() + " " + r.findElement(By.xpath("./td[2]//strong")).getText())
                .toList();
    }

    private static WebElement categoryRow(Browser browser, String code) {
        return browser.find(By.xpath("//tbody[@id='categories:table_data']/tr[contains(., 'Código: " + code + "')]"));
    }

    /** Whether "Nuevo servicio" offers a category of that name. */
    private static boolean categoryOffered(Browser browser, String name) {
        return new Select(browser.find(By.id("newService:category"))).getOptions().stream().anyMatch(o -> o.getText().equals(name));
    }

    /** The chosen service's form fields on the catalogue page, each as "order label". */
    private static List<String> fieldRows(Browser browser) {
        return browser.driver().findElements(By.xpath("//tbody[@id='fields:table_data']/tr")).stream()
                .map(r -> r.findElement(By.xpath("./td[1]")).getText() + " " + r.findElement(By.xpath("./td[2]//strong")).getText())
                .toList();
    }

    /** The labels of the data the filing page of "Queja o reclamo" asks for, in order. */
    private static List<String> complaintFields(Browser citizen) {
        citizen.open("/portal/nueva-solicitud.xhtml");
        citizen.find(By.xpath("//li[contains(@class,'sesep-card')][.//h2[normalize-space()='Queja o reclamo']]"))
                .findElement(By.linkText("Solicitar")).click();
        citizen.waitFor(d -> d.getCurrentUrl().contains("servicio="));
        citizen.find(By.id("filing"));
        return citizen.driver().findElements(By.cssSelector("label[for^='filing:fields:']")).stream()
                .map(l -> l.getText().replace("*", "").strip()).toList();
    }

    /** The chosen service's documents on the catalogue page, each as "order name". */
    private static List<String> requirementRows(Browser browser) {
        return browser.driver().findElements(By.xpath("//tbody[@id='requirements:table_data']/tr")).stream()
                .map(r -> r.findElement(By.xpath("./td[1]")).getText() + " " + r.findElement(By.xpath("./td[2]//strong")).getText())
                .toList();
    }

    /** The documents the filing page of "Queja o reclamo" lists for the service, in order (not the free "Otros documentos"). */
    private static List<String> complaintDocuments(Browser citizen) {
        citizen.open("/portal/nueva-solicitud.xhtml");
        citizen.find(By.xpath("//li[contains(@class,'sesep-card')][.//h2[normalize-space()='Queja o reclamo']]"))
                .findElement(By.linkText("Solicitar")).click();
        citizen.waitFor(d -> d.getCurrentUrl().contains("servicio="));
        citizen.find(By.id("filing"));
        return citizen.driver().findElements(By.cssSelector("[id='filing:documents'] .sesep-requirement")).stream()
                .map(WebElement::getText).toList();
    }

    private static String row(Browser browser, String gestorCode) {
        return browser.find(By.xpath("//tbody[@id='agents:table_data']/tr[contains(., '" + gestorCode + "')]")).getText();
    }

    private static WebElement button(Browser browser, String gestorCode, String idSuffix) {
        return browser.find(By.xpath("//tbody[@id='agents:table_data']/tr[contains(., '" + gestorCode + "')]"
                + "//button[contains(@id, '" + idSuffix + "')]"));
    }
}
