package sv.gob.inpep.sesep.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

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
}
