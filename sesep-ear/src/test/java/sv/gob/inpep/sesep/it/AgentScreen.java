package sv.gob.inpep.sesep.it;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The agent's clicks of {@link AgentWorkspaceBrowserIT}, in the browser. Kept apart from the test
 * class so that the class, which also runs inside the server, never refers to Selenium.
 */
final class AgentScreen {

    private AgentScreen() {
    }

    static void answerFirstAndObserveSecond(Path responseFile, String observations) {
        try (Browser browser = new Browser()) {
            browser.login(DemoAccounts.AGENT, DemoAccounts.PASSWORD);
            browser.open("/panel/agente/atencion.xhtml");
            assertTrue(browser.find(By.id("gestorCode")).getText().contains("G-CAU-01"), "gestor data (activity 1)");
            assertTrue(browser.find(By.id("agentType")).getText().contains("CAU-GEN"));
            try {
                // Activities 1-3: available, and the ticket's generals appear.
                click(browser, "desk:available");
                String sei = browser.find(By.id("sei")).getText();
                assertTrue(sei.startsWith("SEI-8"), sei);
                assertEquals("José Antonio Martínez López", browser.find(By.id("applicantName")).getText());
                assertEquals("Cotizante", browser.find(By.id("applicantKind")).getText());
                assertEquals("106959357", browser.find(By.id("matricula")).getText());
                assertEquals("En atención", browser.find(By.id("agentStatus")).getText());
                assertEquals("Constancia de tiempo de servicio", browser.find(By.id("serviceName")).getText());

                // Activities 6-9: registry data and beneficiaries.
                click(browser, "ws:applicantButton");
                assertEquals("138702752037", browser.find(By.id("nup")).getText());
                click(browser, "ws:beneficiariesButton");
                browser.find(By.id("ws:beneficiaries"));

                // Activities 11-12: each document opens in a new tab; both are validated.
                click(browser, "ws:serviceButton");
                String href = browser.find(By.id("ws:documents:0:open")).getAttribute("href");
                assertEquals("_blank", browser.find(By.id("ws:documents:0:open")).getAttribute("target"));
                WebDriver driver = browser.driver();
                String workspaceTab = driver.getWindowHandle();
                driver.switchTo().newWindow(WindowType.TAB);
                driver.get(href);
                browser.waitFor(d -> !d.findElements(By.tagName("img")).isEmpty());
                driver.close();
                driver.switchTo().window(workspaceTab);
                click(browser, "ws:documents:0:validate");
                browser.waitFor(d -> d.findElement(By.id("ws:documents:0:validation")).getText().equals("Validado"));
                click(browser, "ws:documents:1:validate");
                browser.waitFor(d -> d.findElement(By.id("ws:documents:1:validation")).getText().equals("Validado"));

                // The libreta de control de atenciones.
                browser.find(By.id("ws:note")).sendKeys("Documentos conformes; se emite la constancia.");
                click(browser, "ws:addNote");
                browser.waitFor(d -> d.findElement(By.id("ws:notes")).getText().contains("Documentos conformes"));

                // Activities 17-22: "Aceptar", "Adjunto", check SEI and ticket, "Aceptar".
                click(browser, "ws:answerButton");
                assertEquals(sei, browser.find(By.id("answerSei")).getText());
                String ticket = browser.find(By.id("answerTicket")).getText();
                browser.find(By.id("answerForm:file")).sendKeys(responseFile.toString());
                click(browser, "answerForm:attach");
                String expectedName = sei.replace("-", "") + " " + ticket + ".pdf";
                browser.waitFor(d -> d.findElement(By.id("answerCheck")).getText().contains(expectedName));
                assertTrue(browser.find(By.id("answerCheck")).getText().contains("3 páginas"));
                click(browser, "answerForm:answerSend");
                browser.waitFor(d -> browser.text().contains("Respuesta enviada al usuario"));
                assertTrue(browser.find(By.id("outcome")).getText().contains("Respondida"));

                // Activities 31-33: "Terminar", "Cerrar Ticket", back to the initial screen.
                click(browser, "ws:finishButton");
                assertTrue(browser.find(By.id("ws:responseLink")).getText().contains(expectedName));
                click(browser, "ws:closeTicket");
                browser.waitFor(d -> d.findElements(By.id("sei")).isEmpty());
                assertEquals("No disponible", browser.find(By.id("agentStatus")).getText());

                // The second request: observed (activities 23-26).
                click(browser, "desk:available");
                browser.waitFor(d -> !d.findElement(By.id("sei")).getText().equals(sei));
                click(browser, "ws:observeButton");
                browser.find(By.id("ws:observations")).sendKeys(observations);
                click(browser, "ws:observeSend");
                browser.waitFor(d -> browser.text().contains("Observaciones enviadas al usuario"));
                assertTrue(browser.find(By.id("outcome")).getText().contains("Observada"));
                click(browser, "ws:abandonButton");
                click(browser, "ws:abandonConfirm");
                browser.waitFor(d -> browser.text().toLowerCase(java.util.Locale.ROOT).contains("no puede regresar el ticket"));
                click(browser, "ws:finishButton");
                click(browser, "ws:closeTicket");
                browser.waitFor(d -> d.findElements(By.id("sei")).isEmpty());
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot(Path.of("target", "screenshots", "agent-workspace-1.png"));
                throw e;
            }
        }
    }

    static void denyTheFixedRequest(String denial) {
        try (Browser browser = new Browser()) {
            browser.login(DemoAccounts.AGENT, DemoAccounts.PASSWORD);
            // A guessed file address of a ticket that is not the agent's: nothing but "not found".
            browser.open("/panel/agente/archivo?ticket=1&documento=1");
            assertTrue(browser.text().contains("Página no encontrada"), browser.text());
            browser.open("/panel/agente/atencion.xhtml");
            try {
                click(browser, "desk:available");
                browser.find(By.id("sei"));
                assertTrue(browser.text().contains("Adjunté la constancia con sello."), "the citizen's comment");
                click(browser, "ws:denyButton");
                browser.find(By.id("ws:denialReasons")).sendKeys(denial);
                click(browser, "ws:denySend");
                browser.waitFor(d -> browser.text().contains("Denegatoria enviada al usuario"));
                click(browser, "ws:finishButton");
                assertTrue(browser.find(By.id("summaryOutcome")).getText().contains("Denegada"));
                click(browser, "ws:closeTicket");
                browser.waitFor(d -> d.findElements(By.id("sei")).isEmpty());
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot(Path.of("target", "screenshots", "agent-workspace-2.png"));
                throw e;
            }
        }
    }

    private static void click(Browser browser, String id) {
        browser.find(By.id(id)).click();
        // PrimeFaces marks the document busy during Ajax; wait until the update is in.
        browser.waitFor(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && (!window.PrimeFaces || !PrimeFaces.ajax"
                        + " || PrimeFaces.ajax.Queue.isEmpty());")));
    }

}
