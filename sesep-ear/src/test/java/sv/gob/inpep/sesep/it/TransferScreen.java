package sv.gob.inpep.sesep.it;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The browser's side of {@link TicketTransferBrowserIT}: the demo agent takes the next ticket and
 * transfers it through the "Trasladar" dialog. Kept apart so the test class, which also runs
 * inside the server, never refers to Selenium.
 */
final class TransferScreen {

    private TransferScreen() {
    }

    /** The agent transfers the ticket handed over to the only active service whose name starts with {@code target}; the SEI. */
    static String transfer(String target, String reason) {
        try (Browser agent = new Browser()) {
            return Browser.steps("agent-transfer", List.of(agent), () -> {
                agent.login(DemoAccounts.AGENT, DemoAccounts.PASSWORD);
                agent.open("/panel/agente/atencion.xhtml");
                click(agent, "desk:available");
                String sei = agent.find(By.id("sei")).getText();
                String ticket = agent.find(By.id("ticketNumber")).getText();

                click(agent, "ws:transferButton");
                agent.find(By.id("transferForm:transferDialog"));
                // Nothing chosen, nothing written: both are asked for, in Spanish, and nothing moves.
                click(agent, "transferForm:transferConfirm");
                agent.waitFor(d -> agent.text().contains("Escriba el motivo del traslado."));
                assertTrue(agent.text().contains("Seleccione el servicio al que se trasladará la solicitud."), agent.text());
                assertEquals(sei, agent.find(By.id("sei")).getText());

                Select services = new Select(agent.find(By.id("transferForm:transferService")));
                List<WebElement> matching = services.getOptions().stream()
                        .filter(o -> o.getText().startsWith(target)).toList();
                assertEquals(1, matching.size(), "one active target service");
                services.selectByVisibleText(matching.get(0).getText());
                agent.find(By.id("transferForm:transferReason")).sendKeys(reason);
                click(agent, "transferForm:transferConfirm");
                agent.waitFor(d -> agent.text().contains("se trasladó a"));
                assertTrue(agent.text().contains(sei) && agent.text().contains("Su ticket quedó cerrado"), agent.text());
                assertTrue(agent.driver().findElements(By.id("sei")).isEmpty(), "the workspace is gone");
                assertTrue(agent.driver().findElements(By.id("transferForm:transferDialog")).isEmpty(), "the dialog too");
                assertEquals("No disponible", agent.find(By.id("agentStatus")).getText(), "free, as after closing");
                assertTrue(!ticket.isBlank());
                return sei;
            });
        }
    }

    private static void click(Browser browser, String id) {
        browser.find(By.id(id)).click();
        browser.waitFor(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && (!window.PrimeFaces || !PrimeFaces.ajax"
                        + " || PrimeFaces.ajax.Queue.isEmpty());")));
    }
}
