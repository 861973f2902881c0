package sv.gob.inpep.sesep.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The administrator keeps the holiday calendar and the mail texts in the UI, not in SQL. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdministrationPagesIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SesepDeployment.ear();
    }

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
            assertTrue(smtp.waitForIncomingEmail(30_000, 1), "the new agent is mailed a link");
            jakarta.mail.internet.MimeMessage mail = smtp.getReceivedMessages()[0];
            assertEquals("pagina.agente@inpep.example", mail.getAllRecipients()[0].toString());
            assertTrue(mail.getSubject().contains("contraseña"), mail.getSubject());
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
        browser.find(By.id("catalog:save")).click();
        browser.waitFor(d -> browser.text().contains("Se guardaron los cambios de Queja o reclamo."));
        browser.open("/portal/catalogo.xhtml");
        assertTrue(browser.driver().getPageSource().contains("Revisado en página."), "the public catalogue carries the new description");

        browser.open("/panel/admin/catalogo.xhtml");
        browser.find(By.xpath("//tbody[@id='catalog:services_data']/tr[contains(., 'QUEJA')]//button[contains(@id, ':edit')]")).click();
        WebElement again = browser.find(By.id("catalog:description"));
        again.clear();
        again.sendKeys(original);
        browser.find(By.id("catalog:save")).click();
        browser.waitFor(d -> browser.text().contains("Se guardaron los cambios de Queja o reclamo."));
    }

    private static String row(Browser browser, String gestorCode) {
        return browser.find(By.xpath("//tbody[@id='agents:table_data']/tr[contains(., '" + gestorCode + "')]")).getText();
    }

    private static WebElement button(Browser browser, String gestorCode, String idSuffix) {
        return browser.find(By.xpath("//tbody[@id='agents:table_data']/tr[contains(., '" + gestorCode + "')]"
                + "//button[contains(@id, '" + idSuffix + "')]"));
    }
}
