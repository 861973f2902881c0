package sv.gob.inpep.sesep.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The operator's outbox page: an administrator sees the outbox and the dead letters; nobody else opens it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OutboxPageIT {

    private static final String PAGE = "/panel/admin/notificaciones.xhtml";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SesepDeployment.ear();
    }

    @Test
    void anAdministratorSeesTheOutboxWithItsStatesAndTheDeadLetters() {
        try (Browser browser = new Browser()) {
            browser.login(DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
            browser.open(PAGE);
            String page = browser.text();
            assertTrue(page.contains("Mensajes en la cola de mensajes fallidos (SesepDLQ)"), page);
            assertTrue(page.contains("Destinatario") && page.contains("Intentos") && page.contains("Último error"), page);
        }
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
