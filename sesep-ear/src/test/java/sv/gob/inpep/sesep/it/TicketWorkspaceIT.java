package sv.gob.inpep.sesep.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import sv.gob.inpep.sesep.NotFound;
import sv.gob.inpep.sesep.RuleViolation;
import sv.gob.inpep.sesep.agents.entity.AgentStatus;
import sv.gob.inpep.sesep.documents.boundary.StagedFile;
import sv.gob.inpep.sesep.documents.boundary.Uploads;
import sv.gob.inpep.sesep.assignment.boundary.AssignmentQueue;
import sv.gob.inpep.sesep.documents.entity.DocumentValidation;
import sv.gob.inpep.sesep.registry.entity.Relationship;
import sv.gob.inpep.sesep.requests.boundary.Filing;
import sv.gob.inpep.sesep.requests.boundary.FilingForm;
import sv.gob.inpep.sesep.requests.boundary.Requests;
import sv.gob.inpep.sesep.requests.entity.ApplicantKind;
import sv.gob.inpep.sesep.requests.entity.RequestStatus;
import sv.gob.inpep.sesep.requests.entity.Resolution;
import sv.gob.inpep.sesep.tickets.boundary.ApplicantInfo;
import sv.gob.inpep.sesep.tickets.boundary.BeneficiaryInfo;
import sv.gob.inpep.sesep.tickets.boundary.ClosingSummary;
import sv.gob.inpep.sesep.tickets.boundary.DocumentInfo;
import sv.gob.inpep.sesep.tickets.boundary.FileDownload;
import sv.gob.inpep.sesep.tickets.boundary.NoteView;
import sv.gob.inpep.sesep.tickets.boundary.ResponseCheck;
import sv.gob.inpep.sesep.tickets.boundary.TicketGenerals;
import sv.gob.inpep.sesep.tickets.boundary.TicketWorkspace;
import sv.gob.inpep.sesep.tickets.entity.TicketOutcome;

import javax.sql.DataSource;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The agent's workspace (activities 5–33) through the real boundary: what the agent reads, the
 * verdicts on documents, the notes, the three ways out with the citizen's e-mail, closing, and
 * that no agent reaches a ticket that is not theirs.
 */
@ExtendWith(ArquillianExtension.class)
class TicketWorkspaceIT {

    @Inject
    AssignmentQueue queue;

    @Inject
    TicketWorkspace workspace;

    @Inject
    QueueData data;

    @Inject
    Requests requests;

    @Inject
    Uploads uploads;

    @Resource(lookup = "java:jboss/datasources/SesepDS")
    DataSource dataSource;

    @Test
    void theAgentSeesTheGeneralsTheRegistryTheBeneficiariesAndTheService() throws Exception {
        long service = data.newService("generales");
        Agents agents = new Agents(data.newAgents("generales", 1, data.newAgentType(service)));
        long ticket = data.queueTickets(DemoAccounts.BENEFICIARY, service, 1, 0, data.now()).get(0);
        long dui = data.attach(ticket, "dui.pdf", "application/pdf", Pdfs.pages(1, "DUI"));
        assertEquals(ticket, agents.as(0, queue::becomeAvailable).ticket().ticketId());

        TicketGenerals generals = agents.as(0, () -> workspace.generals(ticket));
        assertEquals("Rosa Amelia Guzmán de Orellana", generals.applicantName());
        assertEquals(ApplicantKind.BENEFICIARY, generals.applicantKind());
        assertNotNull(generals.matricula());
        assertTrue(generals.seiNumber().startsWith("SEI-8"), generals.seiNumber());
        assertTrue(generals.ticketNumber().startsWith("TQ-"));
        assertTrue(generals.serviceName().startsWith("Servicio de prueba generales"));
        assertTrue(generals.elapsedSeconds() >= 0);

        ApplicantInfo applicant = agents.as(0, () -> workspace.applicant(ticket));
        assertEquals("780549025894", applicant.nup(), "the holder's registry data");
        assertEquals(generals.matricula(), applicant.matricula());
        assertEquals("Rosa Amelia", applicant.beneficiary().firstNames());
        assertEquals("7617-2723", applicant.phone());

        // The registry is the institute's and changes outside SESEP: "Ver Información" reads it as it is now.
        registryPhone("780549025894", "2222-0000");
        try {
            assertEquals("2222-0000", agents.as(0, () -> workspace.applicant(ticket)).phone(), "not a copy SESEP kept");
        } finally {
            registryPhone("780549025894", "7617-2723");
        }

        List<BeneficiaryInfo> beneficiaries = agents.as(0, () -> workspace.beneficiaries(ticket));
        assertFalse(beneficiaries.isEmpty());
        BeneficiaryInfo asking = beneficiaries.stream().filter(BeneficiaryInfo::applicant).findFirst().orElseThrow();
        assertEquals(Relationship.SPOUSE, asking.relationship());

        var detail = agents.as(0, () -> workspace.service(ticket));
        assertEquals(1, detail.documents().size());
        assertEquals(DocumentValidation.PENDING, detail.documents().get(0).validation());
        assertTrue(detail.form().stream().anyMatch(v -> "Trámite de prueba".equals(v.value())), detail.form().toString());
        FileDownload file = agents.as(0, () -> workspace.document(ticket, dui));
        assertEquals("dui.pdf", file.fileName());
        assertEquals("application/pdf", file.contentType());
    }

    @Test
    void validatedDocumentsJoinTheDigitalFileAndRejectedOnesCarryTheReason() throws Exception {
        long service = data.newService("documentos");
        Agents agents = new Agents(data.newAgents("documentos", 1, data.newAgentType(service)));
        long ticket = data.queueTickets(service, 1).get(0);
        long good = data.attach(ticket, "dui.pdf", "application/pdf", Pdfs.pages(1, "DUI"));
        long bad = data.attach(ticket, "constancia.png", "image/png", new byte[]{(byte) 0x89, 'P', 'N', 'G'});
        agents.as(0, queue::becomeAvailable);

        DocumentInfo validated = agents.as(0, () -> workspace.validateDocument(ticket, good));
        assertEquals(DocumentValidation.VALID, validated.validation());
        assertTrue(validated.inDigitalFile());
        assertTrue(data.inDigitalFile(good));

        RuleViolation noReason = assertThrows(RuleViolation.class,
                () -> agents.as(0, () -> workspace.invalidateDocument(ticket, bad, "  ")));
        assertEquals("error.document.invalidationNoteRequired", noReason.getMessageKey());
        DocumentInfo rejected = agents.as(0, () -> workspace.invalidateDocument(ticket, bad, "La imagen no es legible."));
        assertEquals(DocumentValidation.INVALID, rejected.validation());
        assertEquals("La imagen no es legible.", rejected.validationNote());
        assertFalse(data.inDigitalFile(bad));

        // Changing one's mind while the request is in attention takes the document out again.
        agents.as(0, () -> workspace.invalidateDocument(ticket, good, "Vencido."));
        assertFalse(data.inDigitalFile(good));
        agents.as(0, () -> workspace.validateDocument(ticket, good));
        assertTrue(data.inDigitalFile(good));
    }

    @Test
    void anAnswerIsStampedNamedMailedWithTheStampedPdfAndClosingClosesTheSei() throws Exception {
        long service = data.newService("respuesta");
        Agents agents = new Agents(data.newAgents("respuesta", 1, data.newAgentType(service)));
        long ticket = data.queueTickets(service, 1).get(0);
        long request = data.requestOf(ticket);
        agents.as(0, queue::becomeAvailable);
        TicketGenerals generals = agents.as(0, () -> workspace.generals(ticket));
        // With JavaScript, a Launch link, an embedded program and an HTML/ZIP tail: the agent may
        // not know what their file carries, and the citizen must not receive it.
        byte[] pdf = TestFiles.armed(Pdfs.pages(3, "Constancia de tiempo de servicio"));

        RuleViolation notPdf = assertThrows(RuleViolation.class, () -> agents.as(0,
                () -> workspace.checkResponse(ticket, "respuesta.docx", "no soy un PDF".getBytes(StandardCharsets.UTF_8))));
        assertEquals("error.response.notPdf", notPdf.getMessageKey());
        ResponseCheck check = agents.as(0, () -> workspace.checkResponse(ticket, "respuesta.pdf", pdf));
        String expectedName = generals.seiNumber().replace("-", "") + " " + generals.ticketNumber() + ".pdf";
        assertEquals(expectedName, check.fileName(), "SEI2022000001 CWG-1.pdf, as the manual names it");
        assertEquals(generals.seiNumber(), check.seiNumber());
        assertEquals(generals.ticketNumber(), check.ticketNumber());
        assertEquals(3, check.pages());

        try (Mailbox mailbox = new Mailbox()) {
            TicketGenerals answered = agents.as(0, () -> workspace.answer(ticket, pdf));
            assertEquals(TicketOutcome.ANSWERED, answered.outcome());
            QueueData.RequestState state = data.request(request);
            assertEquals(RequestStatus.ATTENDED, state.status());
            assertEquals(Resolution.ANSWERED, state.resolution());
            assertEquals(expectedName, state.responseFileName());
            List<String> pages = Pdfs.text(state.response());
            assertEquals(3, pages.size());
            pages.forEach(text -> assertTrue(text.contains(generals.seiNumber()), "stamped: " + text));
            pages.forEach(text -> assertTrue(text.contains("Constancia de tiempo de servicio"), "the agent's text: " + text));
            TestFiles.assertDisarmed(state.response());

            MimeMessage mail = awaitMail(mailbox, state.citizenEmail(), "ha sido atendida");
            byte[] attached = attachment(mail, expectedName);
            assertArrayEquals(state.response(), attached, "the citizen receives the stamped PDF");

            RuleViolation again = assertThrows(RuleViolation.class, () -> agents.as(0, () -> workspace.deny(ticket, "x")));
            assertEquals("error.request.notInAttention", again.getMessageKey());
            RuleViolation abandon = assertThrows(RuleViolation.class, () -> agents.as(0, () -> queue.abandon(ticket)));
            assertEquals("error.ticket.abandonAfterOutcome", abandon.getMessageKey());

            ClosingSummary summary = agents.as(0, () -> workspace.finish(ticket));
            assertEquals(expectedName, summary.responseFileName());
            assertTrue(summary.closesRequest());
            agents.as(0, () -> {
                workspace.close(ticket);
                return null;
            });
            assertEquals(AgentStatus.UNAVAILABLE, agents.as(0, queue::current).status(), "back at the initial screen");
            assertNull(agents.as(0, queue::current).ticket());
            long deadline = System.currentTimeMillis() + 20_000;
            while (data.request(request).status() != RequestStatus.CLOSED && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
            }
            assertEquals(RequestStatus.CLOSED, data.request(request).status(), "activity 33, asynchronously");
        }
    }

    @Test
    void aCitizensHostileFilesReachTheAgentDisarmedUnderTheNameTheyWereStoredWith() throws Exception {
        long service = data.newService("hostil");
        Agents agents = new Agents(data.newAgents("hostil", 1, data.newAgentType(service)));
        String citizen = DemoAccounts.CONTRIBUTOR;
        try (Mailbox mailbox = new Mailbox()) {
            FilingForm form = As.user(citizen, () -> requests.filingForm(service));
            String token = form.submissionToken();
            // Through the portal's upload path, as extra documents (the test service requires none).
            StagedFile pdf = As.user(citizen, () -> uploads.stage(token, service, null,
                    "..\\..\\Señora Muñoz\u202Efdp.exe", TestFiles.armed(Pdfs.pages(2, "Constancia de la Señora Muñoz"))));
            StagedFile photo = As.user(citizen, () -> uploads.stage(token, service, null, "C:\\fotos\\dui\u200B.jpg",
                    TestFiles.photoWithGpsAndTail()));
            assertEquals("Señora Muñozfdp.exe.pdf", pdf.fileName(), "no override, no path; a PDF ends in .pdf");
            assertEquals("dui.jpg", photo.fileName());
            As.user(citizen, () -> requests.file(new Filing(service, token, java.util.Map.of(), true)));
            assertNotNull(mailbox);
        }
        long ticket = agents.as(0, queue::becomeAvailable).ticket().ticketId();
        List<DocumentInfo> documents = agents.as(0, () -> workspace.service(ticket)).documents();
        assertEquals(List.of("Señora Muñozfdp.exe.pdf", "dui.jpg"), documents.stream().map(DocumentInfo::fileName).toList(),
                "the agent sees the names as stored");

        FileDownload pdf = agents.as(0, () -> workspace.document(ticket, documents.get(0).id()));
        assertEquals("Señora Muñozfdp.exe.pdf", pdf.fileName());
        TestFiles.assertDisarmed(pdf.content());
        List<String> pages = Pdfs.text(pdf.content());
        assertEquals(2, pages.size());
        assertTrue(pages.get(0).contains("Constancia de la Señora Muñoz"), pages.get(0));

        FileDownload photo = agents.as(0, () -> workspace.document(ticket, documents.get(1).id()));
        assertEquals("image/jpeg", photo.contentType());
        String bytes = TestFiles.latin1(photo.content());
        assertFalse(bytes.contains("Exif") || bytes.contains(TestFiles.GPS), "no EXIF, no position");
        assertFalse(bytes.contains("PK\u0003\u0004"), "no ZIP after the image");
        assertEquals((byte) 0xD9, photo.content()[photo.content().length - 1], "the file ends where the image does");
        assertEquals(120, javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(photo.content())).getWidth());
    }

    @Test
    void anAnswerUpToItsLimitIsTakenAndALargerOneGetsTheMessage() throws Exception {
        long service = data.newService("respuesta grande");
        Agents agents = new Agents(data.newAgents("grande", 1, data.newAgentType(service)));
        long ticket = data.queueTickets(service, 1).get(0);
        agents.as(0, queue::becomeAvailable);
        // Above the 15/16 MB the web module used to cut uploads at (the incident page), below 20 MB.
        byte[] large = TestFiles.pdfOfSize(18 * 1024 * 1024);
        ResponseCheck check = agents.as(0, () -> workspace.checkResponse(ticket, "respuesta.pdf", large));
        assertEquals(1, check.pages());
        byte[] tooLarge = java.util.Arrays.copyOf(large, 20 * 1024 * 1024 + 1);
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> agents.as(0, () -> workspace.checkResponse(ticket, "respuesta.pdf", tooLarge)));
        assertEquals("error.response.tooLarge", refused.getMessageKey());
        assertEquals(List.of(20), java.util.Arrays.asList(refused.getArguments()), "the configured limit, in MB");
    }

    @Test
    void anObservedRequestComesBackWithTheNotesAndIsThenDenied() throws Exception {
        long service = data.newService("observada");
        long type = data.newAgentType(service);
        Agents agents = new Agents(data.newAgents("observada", 2, type));
        long first = data.queueTickets(service, 1).get(0);
        long request = data.requestOf(first);
        agents.as(0, queue::becomeAvailable);

        try (Mailbox mailbox = new Mailbox()) {
            List<NoteView> notes = agents.as(0, () -> workspace.addNote(first, "La constancia laboral no trae sello."));
            assertEquals(1, notes.size());
            RuleViolation empty = assertThrows(RuleViolation.class, () -> agents.as(0, () -> workspace.observe(first, " ")));
            assertEquals("error.request.observationsRequired", empty.getMessageKey());
            agents.as(0, () -> workspace.observe(first, "Adjunte la constancia laboral sellada."));
            QueueData.RequestState observed = data.request(request);
            assertEquals(RequestStatus.OBSERVED, observed.status());
            MimeMessage mail = awaitMail(mailbox, observed.citizenEmail(), "tiene observaciones");
            assertTrue(body(mail).contains("Adjunte la constancia laboral sellada."), "the observations are in the mail");
            agents.as(0, () -> workspace.finish(first));
            agents.as(0, () -> {
                workspace.close(first);
                return null;
            });
            Thread.sleep(1_000);
            assertEquals(RequestStatus.OBSERVED, data.request(request).status(), "an observed SEI stays open");

            long second = data.resubmit(request, "Ya adjunté la constancia.");
            assertEquals(second, agents.as(1, queue::becomeAvailable).ticket().ticketId());
            List<NoteView> earlier = agents.as(1, () -> workspace.notes(second));
            assertEquals(1, earlier.size(), "the next agent on the same SEI reads the libreta");
            assertEquals("La constancia laboral no trae sello.", earlier.get(0).text());
            assertEquals("Ya adjunté la constancia.", agents.as(1, () -> workspace.generals(second)).citizenComment());

            // Reasons near the 8,000 characters an agent may type, with line breaks and quotes that
            // take two characters each in the notification's JSON: still sent.
            String reasons = "No cumple el tiempo de servicio requerido." + "\n\"Detalle\" de la revisión.".repeat(300);
            assertTrue(reasons.length() <= 8000, "within what the page accepts");
            agents.as(1, () -> workspace.deny(second, reasons));
            QueueData.RequestState denied = data.request(request);
            assertEquals(RequestStatus.ATTENDED, denied.status());
            assertEquals(Resolution.DENIED, denied.resolution());
            MimeMessage denial = awaitMail(mailbox, denied.citizenEmail(), "resolución de su solicitud");
            assertTrue(body(denial).contains("No cumple el tiempo de servicio requerido."));
            assertEquals(300, Mails.text(denial).split("\"Detalle\" de la revisión\\.", -1).length - 1,
                    "the reasons reach the citizen whole");
            agents.as(1, () -> {
                workspace.close(second);
                return null;
            });
            long deadline = System.currentTimeMillis() + 20_000;
            while (data.request(request).status() != RequestStatus.CLOSED && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
            }
            assertEquals(RequestStatus.CLOSED, data.request(request).status());
        }
    }

    @Test
    void noAgentReachesATicketThatIsNotTheirsOrOutsideTheirCompetence() throws Exception {
        long service = data.newService("ajeno");
        long type = data.newAgentType(service);
        Agents agents = new Agents(data.newAgents("ajeno", 2, type));
        List<Long> tickets = data.queueTickets(service, 2);
        long mine = agents.as(0, queue::becomeAvailable).ticket().ticketId();
        long theirs = agents.as(1, queue::becomeAvailable).ticket().ticketId();
        long theirDocument = data.attach(theirs, "dui.pdf", "application/pdf", Pdfs.pages(1, "DUI"));
        long waiting = data.queueTickets(service, 1).get(0);
        assertTrue(tickets.contains(mine) && tickets.contains(theirs));

        for (long other : new long[]{theirs, waiting, 999_999_999L}) {
            assertNotFound(() -> agents.as(0, () -> workspace.generals(other)));
            assertNotFound(() -> agents.as(0, () -> workspace.applicant(other)));
            assertNotFound(() -> agents.as(0, () -> workspace.service(other)));
            assertNotFound(() -> agents.as(0, () -> workspace.answer(other, Pdfs.pages(1, "x"))));
            assertNotFound(() -> agents.as(0, () -> workspace.observe(other, "x")));
            assertNotFound(() -> agents.as(0, () -> workspace.addNote(other, "x")));
        }
        assertNotFound(() -> agents.as(0, () -> workspace.document(theirs, theirDocument)));
        NotFound foreignDocument = assertThrows(NotFound.class, () -> agents.as(0, () -> workspace.document(mine, theirDocument)));
        assertEquals("error.document.notFound", foreignDocument.getMessageKey(), "a document id of another request");

        // The administrator moves the agent to a type without this service: the ticket is out of reach.
        data.changeAgentType(agents.username(0), data.newAgentType(data.newService("otro")));
        assertNotFound(() -> agents.as(0, () -> workspace.generals(mine)));
        assertEquals(RequestStatus.IN_ATTENTION, data.request(data.requestOf(theirs)).status(), "nothing changed");
    }

    private static void assertNotFound(org.junit.jupiter.api.function.Executable call) {
        NotFound refused = assertThrows(NotFound.class, call);
        assertEquals("error.ticket.notFound", refused.getMessageKey());
    }

    private static MimeMessage awaitMail(Mailbox mailbox, String recipient, String subjectPart) throws Exception {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            List<MimeMessage> matching = new ArrayList<>();
            for (MimeMessage mail : mailbox.received()) {
                if (mail.getAllRecipients()[0].toString().equals(recipient) && mail.getSubject().contains(subjectPart)) {
                    matching.add(mail);
                }
            }
            if (!matching.isEmpty()) {
                // A second copy would come within the listener's back-off; there must be none.
                Thread.sleep(1_500);
                long copies = java.util.Arrays.stream(mailbox.received())
                        .filter(m -> recipientAndSubject(m, recipient, subjectPart)).count();
                assertEquals(1, copies, "exactly one mail \"" + subjectPart + "\" to " + recipient);
                return matching.get(0);
            }
            Thread.sleep(200);
        }
        List<String> subjects = new ArrayList<>();
        for (MimeMessage mail : mailbox.received()) {
            subjects.add(mail.getSubject());
        }
        throw new AssertionError("no mail \"" + subjectPart + "\" to " + recipient + "; received " + subjects);
    }

    private static boolean recipientAndSubject(MimeMessage mail, String recipient, String subjectPart) {
        try {
            return mail.getAllRecipients()[0].toString().equals(recipient) && mail.getSubject().contains(subjectPart);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] attachment(MimeMessage mail, String fileName) throws Exception {
        Multipart parts = (Multipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (fileName.equals(part.getFileName())) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                part.getInputStream().transferTo(out);
                return out.toByteArray();
            }
        }
        throw new AssertionError("no attachment " + fileName);
    }

    /** The text of every text part of the mail, decoded. */
    private static String body(jakarta.mail.Part part) throws Exception {
        Object content = part.getContent();
        if (content instanceof String text) {
            return text;
        }
        if (content instanceof Multipart parts) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < parts.getCount(); i++) {
                all.append(body(parts.getBodyPart(i))).append('\n');
            }
            return all.toString();
        }
        return "";
    }

    /** What the institute's own systems do to the registry, through a connection of their own. */
    private void registryPhone(String nup, String phone) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE affiliate SET phone = ? WHERE nup = ?")) {
            update.setString(1, phone);
            update.setString(2, nup);
            assertEquals(1, update.executeUpdate());
        }
    }
}
