package sv.gob.inpep.sesep.it;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "Cambiar contraseña" in a real browser, on an account of its own (the demo accounts keep their
 * password for the other tests): the change is confirmed and the session in which it was made
 * goes on, while sessions opened elsewhere end (AccountsIT); then out, and in again with the new
 * password, which has accents.
 */
@ExtendWith(ArquillianExtension.class)
@Tag(Screens.TAG)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PasswordChangeBrowserIT {

    static final String USERNAME = "clave.prueba";

    @Inject
    QueueData data;

    @Test
    @Order(1)
    void anAgentAccountWithTheDemoPassword() {
        data.agentWithDemoPassword(USERNAME);
    }

    @Test
    @Order(2)
    @RunAsClient
    void theAgentChangesThePasswordAndWorksOn() {
        // Tildes, ñ and spaces: the browser posts UTF-8, and j_security_check must read it so.
        PasswordScreen.changeAndGoOn(USERNAME, DemoAccounts.PASSWORD, "Café con piña en Sonsonate, año 2026");
    }
}
