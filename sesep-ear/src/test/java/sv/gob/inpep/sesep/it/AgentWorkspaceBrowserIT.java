package sv.gob.inpep.sesep.it;

import jakarta.inject.Inject;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import sv.gob.inpep.sesep.requests.entity.RequestStatus;
import sv.gob.inpep.sesep.requests.entity.Resolution;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An agent attends tickets in a real browser, as the manual describes: "Cambiar a disponible",
 * the generals, "Ver Información", "Beneficiarios", "Servicio" (each document opened in a new tab
 * and validated), a note, "Aceptar" with the response PDF, "Terminar", "Cerrar Ticket"; then a
 * second request observed, fixed by the citizen, and denied. The methods run in order, alternating
 * between the server (setting up the requests and checking what the citizen got: state, e-mail,
 * stamped PDF) and the browser.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AgentWorkspaceBrowserIT {

    /** Above any ticket other tests leave waiting, so the demo agent gets these first. */
    static final int PRIORITY = 1_000;
    static final String OBSERVATIONS = "Adjunte la constancia laboral con sello y firma.";
    static final String DENIAL = "El tiempo de servicio registrado no alcanza el mínimo requerido.";

    /** Shared by the in-server steps, which run in the same deployment one after another. */
    private static Mailbox mailbox;
    private static long answeredRequest;
    private static long observedRequest;

    @Deployment
    static EnterpriseArchive deployment() {
        return SesepDeployment.ear();
    }

    @Inject
    QueueData data;

    /**
     * Where the server leaves the response PDF for the browser to upload (the same machine); named
     * after the test server's SMTP port, which both sides know, so parallel suites do not share it.
     */
    static Path responseFile() {
        String port = System.getenv("SESEP_SMTP_PORT") != null ? System.getenv("SESEP_SMTP_PORT")
                : System.getProperty("sesep.it.smtp-port", "3025");
        return Path.of(System.getProperty("java.io.tmpdir"), "sesep-it-" + port, "respuesta.pdf");
    }

    @Test
    @Order(1)
    void twoRequestsWaitForTheDemoAgent() throws IOException {
        mailbox = new Mailbox();
        long service = data.serviceId("CONST-TSERV");
        long first = data.queueTickets(DemoAccounts.CONTRIBUTOR, service, 1, PRIORITY + 1, data.now()).get(0);
        data.attach(first, "dui.png", "image/png", png());
        data.attach(first, "constancia-laboral.pdf", "application/pdf", Pdfs.pages(1, "Constancia laboral"));
        long second = data.queueTickets(DemoAccounts.CONTRIBUTOR, service, 1, PRIORITY, data.now()).get(0);
        data.attach(second, "dui.png", "image/png", png());
        answeredRequest = data.requestOf(first);
        observedRequest = data.requestOf(second);
        Files.createDirectories(responseFile().getParent());
        Files.write(responseFile(), Pdfs.pages(3, "Constancia de tiempo de servicio"));
    }

    @Test
    @Order(2)
    @RunAsClient
    void theAgentAnswersTheFirstWithAPdfAndObservesTheSecond() {
        AgentScreen.answerFirstAndObserveSecond(responseFile(), OBSERVATIONS);
    }

    @Test
    @Order(3)
    void theCitizenGotTheStampedAnswerAndTheObservationsAndFixesTheObservedRequest() throws Exception {
        QueueData.RequestState answered = awaitStatus(answeredRequest, RequestStatus.CLOSED);
        assertEquals(Resolution.ANSWERED, answered.resolution());
        Pdfs.text(answered.response()).forEach(page -> assertTrue(page.contains(seiOf(answered)), page));
        MimeMessage mail = mail(answered.citizenEmail(), "ha sido atendida");
        assertArrayEquals(answered.response(), attachment(mail, answered.responseFileName()),
                "the citizen's e-mail carries the stamped PDF");

        QueueData.RequestState observed = data.request(observedRequest);
        assertEquals(RequestStatus.OBSERVED, observed.status());
        assertEquals(OBSERVATIONS, observed.observations());
        mail(observed.citizenEmail(), "tiene observaciones");

        data.resubmit(observedRequest, "Adjunté la constancia con sello.", PRIORITY);
    }

    @Test
    @Order(4)
    @RunAsClient
    void theAgentDeniesTheFixedRequestAfterReadingTheEarlierNotes() {
        AgentScreen.denyTheFixedRequest(DENIAL);
    }

    @Test
    @Order(5)
    void theDeniedRequestIsAttendedThenClosedAndTheCitizenGotTheReasons() throws Exception {
        try {
            QueueData.RequestState denied = awaitStatus(observedRequest, RequestStatus.CLOSED);
            assertEquals(Resolution.DENIED, denied.resolution());
            assertEquals(DENIAL, denied.denialReasons());
            MimeMessage mail = mail(denied.citizenEmail(), "resolución de su solicitud");
            assertTrue(text(mail).contains(DENIAL));
        } finally {
            mailbox.close();
        }
    }

    private QueueData.RequestState awaitStatus(long request, RequestStatus status) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        QueueData.RequestState state = data.request(request);
        while (state.status() != status && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
            state = data.request(request);
        }
        assertEquals(status, state.status());
        return state;
    }

    private static String seiOf(QueueData.RequestState state) {
        String name = state.responseFileName();
        return "SEI-" + name.substring(3, name.indexOf(' '));
    }

    private static MimeMessage mail(String recipient, String subjectPart) throws Exception {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            for (MimeMessage mail : mailbox.received()) {
                if (mail.getAllRecipients()[0].toString().equals(recipient) && mail.getSubject().contains(subjectPart)) {
                    return mail;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no mail \"" + subjectPart + "\" to " + recipient);
    }

    private static byte[] attachment(MimeMessage mail, String fileName) throws Exception {
        Multipart parts = (Multipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            if (fileName.equals(parts.getBodyPart(i).getFileName())) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                parts.getBodyPart(i).getInputStream().transferTo(out);
                return out.toByteArray();
            }
        }
        throw new AssertionError("no attachment " + fileName);
    }

    private static String text(Part part) throws Exception {
        Object content = part.getContent();
        if (content instanceof String s) {
            return s;
        }
        if (content instanceof Multipart parts) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < parts.getCount(); i++) {
                all.append(text(parts.getBodyPart(i)));
            }
            return all.toString();
        }
        return "";
    }

    /** A 1×1 PNG, enough for the browser to show it in a tab. */
    private static byte[] png() {
        return java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");
    }

}
