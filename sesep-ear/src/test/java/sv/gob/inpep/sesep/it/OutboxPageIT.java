package sv.gob.inpep.sesep.it;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The operator's outbox page: an administrator sees the outbox and the dead letters; nobody else opens it. */
@ExtendWith(ArquillianExtension.class)
@Tag(Screens.TAG)
@RunAsClient
class OutboxPageIT {

    private static final String PAGE = "/panel/admin/notificaciones.xhtml";

    @Test
    void anAdministratorSeesTheOutboxWithItsStatesAndTheDeadLetters() {
        try (Browser browser = new Browser()) {
            browser.login(DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
            browser.open(PAGE);
            String page = browser.text();
            assertTrue(page.contains("Mensajes en la cola de mensajes fallidos (SesepDLQ)"), page);
            assertTrue(page.contains("Destinatario") && page.contains("Intentos") && page.contains("Último error")
                    && page.contains("Próximo intento"), page);
            String source = browser.driver().getPageSource();
            for (String state : new String[] {"En cola", "Reintentando", "Enviado", "Rechazado", "Fallido definitivo"}) {
                assertTrue(source.contains(">" + state + "<"), "the state filter offers " + state);
            }

            // The failed mails of a period, all at once; a reversed period is refused in Spanish.
            String today = LocalDate.now(ZoneId.of("America/El_Salvador")).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
            String yesterday = LocalDate.now(ZoneId.of("America/El_Salvador")).minusDays(1)
                    .format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
            period(browser, today, yesterday);
            browser.waitFor(d -> browser.text().contains("La fecha hasta no puede ser anterior a la fecha desde."));
            period(browser, yesterday, today);
            browser.waitFor(d -> browser.text().contains("correos fallidos") || browser.text().contains("correo fallido"));
        }
    }

    private static void period(Browser browser, String from, String to) {
        // Select what the field holds and type over it, as a person would.
        browser.find(By.id("outbox:failedFrom_input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), from);
        browser.find(By.id("outbox:failedTo_input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), to);
        browser.waitFor(d -> to.equals(d.findElement(By.id("outbox:failedTo_input")).getAttribute("value"))
                && from.equals(d.findElement(By.id("outbox:failedFrom_input")).getAttribute("value")));
        browser.find(By.id("outbox:resendFailed")).click();
    }

    @Test
    void anAgentOrACitizenIsForbidden() throws Exception {
        for (String user : new String[] {DemoAccounts.AGENT, DemoAccounts.CONTRIBUTOR}) {
            HttpClient client = Http.client();
            Http.login(client, Ports.base(), user, DemoAccounts.PASSWORD);
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(Ports.base() + PAGE)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(403, response.statusCode(), user);
        }
    }
}
