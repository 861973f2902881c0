package sv.gob.inpep.sesep.it;

import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The supervisor's clicks of {@link SupervisionBrowserIT}, kept apart from the test class so that
 * the class, which also runs inside the server, never refers to Selenium.
 */
final class SupervisorScreen {

    private SupervisorScreen() {
    }

    static void release(String agentName, String serviceName, String reason) {
        try (Browser browser = new Browser()) {
            browser.steps("supervision-release", () -> {
                browser.login(DemoAccounts.SUPERVISOR, DemoAccounts.PASSWORD);
                browser.open("/panel/supervision/tablero.xhtml");
                assertTrue(agentRow(browser, agentName).contains("En atención"), agentRow(browser, agentName));

                // "Liberar" on that agent's line; the board redraws itself, so the row is looked up afresh.
                browser.waitFor(d -> {
                    d.findElement(By.xpath(rowXpath(agentName) + "//button[contains(@id, ':release')]")).click();
                    return true;
                });
                browser.find(By.id("board:reason"));
                browser.find(By.id("board:confirmRelease")).click();
                browser.waitFor(d -> browser.text().contains("Escriba el motivo por el que libera el ticket."));

                browser.find(By.id("board:reason")).sendKeys(reason);
                browser.find(By.id("board:confirmRelease")).click();
                browser.waitFor(d -> browser.text().contains("regresó a la cola con prioridad más alta"));
                browser.waitFor(d -> agentRow(browser, agentName).contains("No disponible"));
                browser.waitFor(d -> queueRow(browser, serviceName).contains(serviceName));
            });
        }
    }

    private static String rowXpath(String agentName) {
        return "//tbody[@id='board:agents_data']/tr[contains(., '" + agentName + "')]";
    }

    private static String agentRow(Browser browser, String agentName) {
        return browser.find(By.xpath(rowXpath(agentName))).getText();
    }

    private static String queueRow(Browser browser, String serviceName) {
        try {
            return browser.driver().findElement(By.xpath("//tbody[@id='board:queue_data']/tr[contains(., '" + serviceName + "')]"))
                    .getText();
        } catch (NoSuchElementException notYet) {
            return "";
        }
    }
}
