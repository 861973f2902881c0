package sv.gob.inpep.sesep.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Logging in through the page, in a real browser: each role sees its own menu, and a wrong password is refused in Spanish. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SesepDeployment.ear();
    }

    @Test
    void aCitizenSeesThePortalMenuAndNotTheStaffAreas() {
        try (Browser browser = new Browser()) {
            browser.login(DemoAccounts.CONTRIBUTOR, DemoAccounts.PASSWORD);
            browser.open("/index.xhtml");
            String page = browser.text();
            assertTrue(page.contains("Mis solicitudes"), page);
            assertFalse(page.contains("Plantillas de correo"), "no administration menu for a citizen");
            assertTrue(page.contains("José Antonio Martínez López"), "the header greets the person by name: " + page);

            // "Cambiar contraseña" from the header: the current password first, then the new one twice.
            browser.find(By.id("changePassword")).click();
            browser.waitFor(d -> d.getCurrentUrl().contains("/cuenta/contrasena.xhtml"));
            browser.find(By.id("changeForm:current"));
            assertTrue(browser.text().contains("José Antonio Martínez López"), "the name on a protected page too");
            browser.find(By.id("changeForm:save")).click();
            browser.waitFor(d -> browser.text().contains("Escriba una contraseña."));
        }
    }

    @Test
    void anAdministratorSeesTheAdministrationMenu() {
        try (Browser browser = new Browser()) {
            browser.login(DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
            browser.open("/index.xhtml");
            assertTrue(browser.text().contains("Plantillas de correo"), browser.text());
        }
    }

    @Test
    void aWrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() {
        try (Browser browser = new Browser()) {
            browser.open("/login.xhtml");
            browser.driver().findElement(By.name("j_username")).sendKeys(DemoAccounts.CONTRIBUTOR);
            browser.driver().findElement(By.name("j_password")).sendKeys("incorrecta-123456");
            browser.driver().findElement(By.cssSelector("form[action*='j_security_check'] [type='submit']")).click();
            // The container forwards to the error page, so the address stays j_security_check.
            browser.waitFor(d -> browser.text().contains("No fue posible iniciar sesión. Revise su usuario y su contraseña"));
            assertFalse(browser.text().contains("Mis solicitudes"), "not logged in");
            // The user name stays typed; only the password is asked again.
            assertEquals(DemoAccounts.CONTRIBUTOR, browser.driver().findElement(By.name("j_username")).getAttribute("value"));
            assertEquals("", browser.driver().findElement(By.name("j_password")).getAttribute("value"));
        }
    }
}
