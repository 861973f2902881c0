package sv.gob.inpep.sesep.it;

import jakarta.inject.Inject;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import sv.gob.inpep.sesep.requests.entity.RequestStatus;
import sv.gob.inpep.sesep.requests.entity.Resolution;

import java.io.ByteArrayOutputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One SEI after another travels from filing to closure in real browsers, a citizen's and an
 * agent's side by side, as the manual describes. The citizen files in the portal; the agent goes
 * "Cambiar a disponible", gets exactly that ticket, reads the generals, "Ver Información",
 * "Beneficiarios", "Servicio" (each document opened in a new tab and validated), writes a note and
 * answers with a PDF; the citizen sees "Atendida" and downloads the answer stamped with the SEI;
 * "Terminar", "Cerrar Ticket", and the citizen sees it closed. A second request is observed, fixed
 * by the citizen in "Subsanar" (a new ticket, the same SEI), and denied by the agent, who reads the
 * citizen's comment and the earlier note. Last, an agent who waits with nothing of their competence
 * sees the ticket filed meanwhile come onto their screen by itself. The methods run in order, alternating between the
 * browsers and the server, which moves each new ticket ahead of what earlier tests left waiting
 * and checks what reached the citizen's mailbox.
 */
@ExtendWith(ArquillianExtension.class)
@Tag(Screens.TAG)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AgentWorkspaceBrowserIT {

    /** Above any ticket other tests leave waiting, so the demo agent gets these first. */
    static final int PRIORITY = 1_000;
    static final String OBSERVATIONS = "Adjunte la constancia laboral con sello y firma.";
    static final String NOTE = "La constancia laboral no trae sello; se observa.";
    static final String FIX_COMMENT = "Adjunté la constancia con sello.";
    static final String DENIAL = "El tiempo de servicio registrado no alcanza el mínimo requerido.";
    static final String COMPLAINT_ABOUT = "Pensión por vejez";
    static final String COMPLAINT = "Presenté la solicitud de pensión hace dos meses y nadie me responde; la señora Núñez no me atendió.";
    static final String COMPLAINT_ANSWER = "Tiene razón: su expediente se quedó sin asignar. Ya está en revisión y le"
            + " responderemos antes del 15 de diciembre; disculpe la demora, señor Martínez.";

    /** An agent whose type alone attends a service of its own, so nothing else is handed to them. */
    static final String WAITING_AGENT = "agente.espera";

    /** The server's side: the mail catcher and the two requests, kept between the in-server steps. */
    private static Mailbox mailbox;
    private static long answeredRequest;
    private static long observedRequest;
    private static long complaintRequest;
    private static long waitingService;

    /** The browsers' side (the test JVM): the two SEI numbers as the citizen saw them. */
    private static String answeredSei;
    private static String observedSei;
    private static String complaintSei;

    @Inject
    QueueData data;

    @Test
    @Order(1)
    void theMailCatcherListens() {
        mailbox = new Mailbox();
    }

    @Test
    @Order(2)
    @RunAsClient
    void theCitizenFilesARequest() {
        answeredSei = AgentScreen.citizenFiles();
    }

    @Test
    @Order(3)
    void itsTicketIsNext() {
        answeredRequest = data.putFirst(DemoAccounts.CONTRIBUTOR, PRIORITY);
    }

    @Test
    @Order(4)
    @RunAsClient
    void theAgentAnswersWithAPdfTheCitizenDownloadsItStampedAndFilesAnother() {
        AgentScreen.answerWhileTheCitizenWatches(answeredSei);
        observedSei = AgentScreen.citizenFiles();
    }

    @Test
    @Order(5)
    void theAnswerReachedTheCitizensMailboxAndTheSecondTicketIsNext() throws Exception {
        QueueData.RequestState answered = awaitStatus(answeredRequest, RequestStatus.CLOSED);
        assertEquals(Resolution.ANSWERED, answered.resolution());
        Pdfs.text(answered.response()).forEach(page -> assertTrue(page.contains(seiOf(answered)), page));
        MimeMessage mail = mail(answered.citizenEmail(), "ha sido atendida");
        assertArrayEquals(answered.response(), attachment(mail, answered.responseFileName()),
                "the citizen's e-mail carries the stamped PDF");
        observedRequest = data.putFirst(DemoAccounts.CONTRIBUTOR, PRIORITY);
    }

    @Test
    @Order(6)
    @RunAsClient
    void theAgentObservesAndTheCitizenFixesTheRequest() {
        AgentScreen.observeAndTheCitizenFixes(observedSei, OBSERVATIONS, NOTE, FIX_COMMENT);
    }

    @Test
    @Order(7)
    void theObservationsReachedTheCitizenAndTheFixIsNext() throws Exception {
        QueueData.RequestState fixed = data.request(observedRequest);
        assertEquals(RequestStatus.FILED, fixed.status(), "the fixed request waits again");
        assertEquals(OBSERVATIONS, fixed.observations());
        mail(fixed.citizenEmail(), "tiene observaciones");
        assertEquals(observedRequest, data.putFirst(DemoAccounts.CONTRIBUTOR, PRIORITY), "the fix's new ticket");
    }

    @Test
    @Order(8)
    @RunAsClient
    void theAgentDeniesTheFixedRequestAndTheCitizenReadsTheReasons() {
        AgentScreen.denyTheFixedRequest(observedSei, FIX_COMMENT, NOTE, DENIAL);
    }

    @Test
    @Order(9)
    void theDenialReachedTheCitizensMailbox() throws Exception {
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

    @Test
    @Order(10)
    @RunAsClient
    void theCitizenFilesAComplaintAboutAPensionesService() {
        complaintSei = AgentScreen.citizenFilesComplaint(COMPLAINT_ABOUT, COMPLAINT);
    }

    @Test
    @Order(11)
    void theComplaintIsFirstInThePensionesQueue() {
        mailbox = new Mailbox();
        complaintRequest = data.putFirst(DemoAccounts.CONTRIBUTOR, PRIORITY);
    }

    @Test
    @Order(12)
    @RunAsClient
    void aPensionesAgentResolvesItAsProcedenteAndTheCitizenReadsTheAnswer() {
        AgentScreen.resolveComplaintAsProcedente(complaintSei, COMPLAINT_ABOUT, COMPLAINT_ANSWER);
    }

    @Test
    @Order(13)
    void theComplaintsAnswerReachedTheCitizensMailbox() throws Exception {
        try {
            QueueData.RequestState resolved = awaitStatus(complaintRequest, RequestStatus.CLOSED);
            assertEquals(Resolution.ANSWERED, resolved.resolution());
            MimeMessage mail = mail(resolved.citizenEmail(), "queja o reclamo");
            assertTrue(text(mail).contains(COMPLAINT_ANSWER) && text(mail).contains("Procedente"), text(mail));
        } finally {
            mailbox.close();
        }
    }

    @Test
    @Order(14)
    void anAgentAloneInTheirCompetence() {
        waitingService = data.newService("espera");
        data.namedAgents(List.of(WAITING_AGENT), data.newAgentType(waitingService));
    }

    @Test
    @Order(15)
    @RunAsClient
    void theAgentBecomesAvailableWithNothingWaiting() {
        AgentScreen.availableWithNothingWaiting(WAITING_AGENT);
    }

    @Test
    @Order(16)
    void aRequestOfTheirServiceIsFiledMeanwhile() {
        data.queueTickets(waitingService, 1);
    }

    @Test
    @Order(17)
    @RunAsClient
    void itsTicketReachesTheWaitingAgentsScreenWithoutAReload() {
        AgentScreen.theTicketArrivesWithoutAReload("TQ-");
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
}
