package sv.gob.inpep.sesep.it;

import org.openqa.selenium.By;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The clicks of {@link PasswordChangeBrowserIT}, apart from the class that also runs inside the server. */
final class PasswordScreen {

    private PasswordScreen() {
    }

    static void changeAndGoOn(String username, String current, String next) {
        try (Browser browser = new Browser()) {
            browser.steps("change-password", () -> {
                browser.login(username, current);
                browser.find(By.id("changePassword")).click();
                browser.waitFor(d -> d.getCurrentUrl().contains("/cuenta/contrasena.xhtml"));
                browser.find(By.id("changeForm:current")).sendKeys("no es la actual");
                browser.find(By.id("changeForm:password")).sendKeys(next);
                browser.find(By.id("changeForm:confirmation")).sendKeys(next);
                browser.find(By.id("changeForm:save")).click();
                browser.waitFor(d -> browser.text().contains("La contraseña actual no es correcta."));
                browser.axe("contrasena wrong current");

                browser.find(By.id("changeForm:current")).sendKeys(current);
                browser.find(By.id("changeForm:password")).sendKeys(next);
                browser.find(By.id("changeForm:confirmation")).sendKeys(next);
                browser.find(By.id("changeForm:save")).click();
                browser.waitFor(d -> browser.text().contains("Su contraseña fue cambiada."));
                browser.axe("contrasena changed");
                browser.open("/panel/inicio.xhtml");
                assertTrue(browser.text().contains("Panel institucional"), "this session goes on: " + browser.text());

                // Out, and in again with the new password as the browser posts it (UTF-8).
                browser.find(By.id("sessionForm:logout")).click();
                browser.waitFor(d -> d.findElements(By.id("sessionForm:logout")).isEmpty());
                browser.login(username, next);
                browser.open("/panel/inicio.xhtml");
                assertTrue(browser.text().contains("Panel institucional"), "logged in with the new password: " + browser.text());
            });
        }
    }
}
