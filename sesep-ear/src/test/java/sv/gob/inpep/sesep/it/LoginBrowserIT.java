package sv.gob.inpep.sesep.it;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Logging in through the page, in a real browser: each role sees its own menu, and a wrong password is refused in Spanish. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginBrowserIT {

    @Test
    void aCitizenSeesThePortalMenuAndNotTheStaffAreas() {
        try (Browser browser = new Browser()) {
            browser.login(DemoAccounts.CONTRIBUTOR, DemoAccounts.PASSWORD);
            browser.open("/index.xhtml");
            String page = browser.text();
            assertTrue(page.contains("Mis solicitudes"), page);
            assertFalse(page.contains("Plantillas de correo"), "no administration menu for a citizen");
            assertTrue(page.contains("José Antonio Martínez López"), "the header greets the person by name: " + page);
            assertTrue(page.contains("Le damos la bienvenida, José Antonio Martínez López."), "greeted by name: " + page);
            assertFalse(page.contains("bienvenida, " + DemoAccounts.CONTRIBUTOR), "not by the DUI: " + page);
            browser.open("/portal/inicio.xhtml");
            assertTrue(browser.find(By.tagName("h1")).getText().contains("José Antonio Martínez López"), browser.text());

            // "Cambiar contraseña" from the header: the current password first, then the new one twice.
            browser.find(By.id("changePassword")).click();
            browser.waitFor(d -> d.getCurrentUrl().contains("/cuenta/contrasena.xhtml"));
            browser.find(By.id("changeForm:current"));
            assertTrue(browser.text().contains("José Antonio Martínez López"), "the name on a protected page too");
            browser.find(By.id("changeForm:save")).click();
            browser.waitFor(d -> browser.text().contains("Escriba una contraseña."));
            browser.axe("contrasena empty submit");
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

    /** Every entry of the main menu is its own Tab stop (not one stop for a whole menubar). */
    @Test
    void everyMenuEntryIsReachedWithTab() {
        try (Browser browser = new Browser()) {
            browser.steps("menu-tab", () -> {
                browser.login(DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
                browser.open("/panel/inicio.xhtml");
                List<String> entries = List.of("menuPanelHome", "menuAdminCatalog", "menuAgents", "menuHolidays",
                        "menuTemplates", "menuNotifications");
                List<String> reached = new ArrayList<>();
                for (int i = 0; i < 15 && !reached.containsAll(entries); i++) {
                    browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
                    reached.add(String.valueOf(((JavascriptExecutor) browser.driver())
                            .executeScript("return document.activeElement.id;")));
                }
                assertTrue(reached.containsAll(entries), "Tab reached " + reached);
                assertEquals("page", browser.driver().findElement(By.id("menuPanelHome")).getAttribute("aria-current"));
                // Enter on an entry follows it.
                browser.driver().findElement(By.id("menuHolidays")).sendKeys(Keys.ENTER);
                browser.waitFor(d -> d.getCurrentUrl().contains("/panel/admin/feriados.xhtml"));
            });
        }
    }

    /**
     * On a phone (390 × 844) the header and the menu of a logged-in page take at most a fifth of
     * the first screen; on a desktop (1366 px) they stay one band. Screenshots in target/screenshots.
     */
    @Test
    void theHeaderAndMenuLeaveThePhonesScreenToThePage() {
        try (Browser browser = new Browser()) {
            browser.steps("header-mobile", () -> {
                browser.login(DemoAccounts.CONTRIBUTOR, DemoAccounts.PASSWORD);
                browser.size(390, 844).open("/portal/inicio.xhtml");
                long viewport = ((Number) ((JavascriptExecutor) browser.driver()).executeScript("return window.innerHeight;")).longValue();
                long chrome = ((Number) ((JavascriptExecutor) browser.driver()).executeScript(
                        "return Math.round(document.querySelector('.sesep-nav').getBoundingClientRect().bottom);")).longValue();
                browser.screenshot(Path.of("target", "screenshots", "portal-home-390.png"));
                browser.axe("/portal/inicio.xhtml at 390 px");
                assertTrue(chrome <= viewport / 5, "header + menu " + chrome + " px of " + viewport + " px");
                // Each entry is still there, and reachable.
                // Inicio, Catálogo de servicios, Nueva solicitud, Mis solicitudes, Mis datos.
                assertEquals(5, browser.driver().findElements(By.cssSelector("#mainMenu a")).size());
                // Nothing sticks out sideways: the logout button is whole on the screen.
                Object overflow = ((JavascriptExecutor) browser.driver()).executeScript(
                        "var b = document.getElementById('sessionForm:logout').getBoundingClientRect();"
                        + " return Math.round(Math.max(b.right, document.documentElement.scrollWidth) - window.innerWidth);");
                assertTrue(((Number) overflow).longValue() <= 0, "wider than the screen by " + overflow + " px");

                browser.size(1366, 900).open("/portal/inicio.xhtml");
                browser.screenshot(Path.of("target", "screenshots", "portal-home-1366.png"));
            });
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
            browser.axe("login refused");
            // The user name stays typed; only the password is asked again.
            assertEquals(DemoAccounts.CONTRIBUTOR, browser.driver().findElement(By.name("j_username")).getAttribute("value"));
            assertEquals("", browser.driver().findElement(By.name("j_password")).getAttribute("value"));
        }
    }
}
