package sv.gob.inpep.sesep.it;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import sv.gob.inpep.sesep.BusinessException;
import sv.gob.inpep.sesep.NotFound;
import sv.gob.inpep.sesep.catalog.boundary.CatalogCategory;
import sv.gob.inpep.sesep.catalog.boundary.CatalogEntry;
import sv.gob.inpep.sesep.catalog.boundary.RequirementView;
import sv.gob.inpep.sesep.catalog.boundary.ServiceCatalog;
import sv.gob.inpep.sesep.documents.boundary.FileContent;
import sv.gob.inpep.sesep.documents.boundary.LegacyFiles;
import sv.gob.inpep.sesep.documents.boundary.StagedFile;
import sv.gob.inpep.sesep.documents.boundary.Uploads;
import sv.gob.inpep.sesep.documents.control.DocumentInspector;
import sv.gob.inpep.sesep.requests.boundary.Filed;
import sv.gob.inpep.sesep.requests.boundary.Filing;
import sv.gob.inpep.sesep.requests.boundary.FilingForm;
import sv.gob.inpep.sesep.requests.boundary.ReceiptCheck;
import sv.gob.inpep.sesep.requests.boundary.ReceiptVerification;
import sv.gob.inpep.sesep.requests.boundary.ReceiptView;
import sv.gob.inpep.sesep.requests.boundary.RequestDetail;
import sv.gob.inpep.sesep.requests.boundary.RequestList;
import sv.gob.inpep.sesep.requests.boundary.RequestTracking;
import sv.gob.inpep.sesep.requests.boundary.Requests;
import sv.gob.inpep.sesep.requests.boundary.Resubmission;
import sv.gob.inpep.sesep.requests.boundary.ResubmissionForm;
import sv.gob.inpep.sesep.requests.boundary.ServiceChoice;
import sv.gob.inpep.sesep.requests.control.FilingDeclaration;
import sv.gob.inpep.sesep.requests.entity.ReceiptKind;
import sv.gob.inpep.sesep.requests.entity.RequestStatus;
import sv.gob.inpep.sesep.tickets.entity.TicketStatus;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A citizen's side of a request, through the boundaries as the portal calls them, signed in as
 * demo or test citizens by the real security domain: filing with documents and the declaration,
 * the SEI, ticket, Comprobante and ticket PDFs and the e-mail with both; eligibility; one open
 * request per service; one SEI per form however often it is submitted; files checked by content;
 * ownership; fixing an observed request; rating once; public verification of receipts.
 */
@ExtendWith(ArquillianExtension.class)
class RequestFilingIT {

    private static final String CONSTANCIA = "CONST-TSERV";
    private static final String DATA_UPDATE = "ACT-DATOS";
    private static final String SURVIVORS_PENSION = "PEN-SOBREV";
    private static final String TAX_CERTIFICATE = "CONST-RENTA";

    @Inject
    Requests requests;

    @Inject
    Uploads uploads;

    @Inject
    RequestTracking tracking;

    @Inject
    ReceiptVerification verification;

    @Inject
    ServiceCatalog catalog;

    @Inject
    RequestsTestData data;

    @Inject
    LegacyFiles legacyFiles;

    @Resource
    ManagedExecutorService executor;

    @Inject
    Clock clock;

    @Test
    void filingGivesTheSeiATicketBothPdfsAndTheMail() throws Exception {
        try (Mailbox mailbox = new Mailbox()) {
            LocalDateTime before = LocalDateTime.now(clock);
            Filed filed = fileConstancia(DemoAccounts.CONTRIBUTOR);
            int year = before.getYear();
            assertTrue(filed.seiNumber().matches("SEI-" + year + "\\d{6}"), filed.seiNumber());
            assertTrue(filed.ticketNumber().matches("CWG-\\d+"), filed.ticketNumber());
            assertFalse(filed.repeated());
            assertEquals(RequestStatus.FILED, data.status(filed.requestId()));
            assertEquals(List.of(TicketStatus.QUEUED), data.ticketStatuses(filed.requestId()));

            RequestDetail detail = As.user(DemoAccounts.CONTRIBUTOR, () -> tracking.detail(filed.requestId()));
            assertEquals(Set.of(ReceiptKind.RECEIPT, ReceiptKind.TICKET),
                    detail.receipts().stream().map(ReceiptView::kind).collect(Collectors.toSet()));
            ReceiptView receiptView = detail.receipts().stream().filter(r -> r.kind() == ReceiptKind.RECEIPT).findFirst().orElseThrow();
            ReceiptView ticketView = detail.receipts().stream().filter(r -> r.kind() == ReceiptKind.TICKET).findFirst().orElseThrow();

            // The Comprobante carries every field of Annex 1 (table cells come out row by row,
            // so labels and values are looked for apart).
            FileContent receipt = As.user(DemoAccounts.CONTRIBUTOR, () -> tracking.receipt(receiptView.id()));
            assertEquals("application/pdf", receipt.contentType());
            String text = TestFiles.text(receipt.content());
            String date = DateTimeFormatter.ofPattern("dd/MM/yyyy").format(before);
            for (String expected : List.of("GOBIERNO DE EL", "INSTITUTO NACIONAL DE PENSIONES DE LOS EMPLEADOS PÚBLICOS",
                    "SISTEMA ELECTRÓNICO DE SERVICIOS PREVISIONALES", "COMPROBANTE DE PRESENTACIÓN DE SOLICITUD ELECTRÓNICA",
                    "IDENTIFICACIÓN DEL SOLICITANTE", "CALIDAD DE:", "(X) Cotizante", "( ) Pensionado", "( ) Beneficiario",
                    "NUP:", "138702752037", "MATRÍCULA INPEP:", "106959357", "EXPEDIENTE:", "1998-057837",
                    "DUI:", "04512378-8", "NOMBRES:", "José Antonio", "APELLIDOS:", "Martínez López",
                    "TELÉFONO:", "2051-6287", "CORREO", "ELECTRÓNICO:", "jose.martinez@sesep.example",
                    "DETALLE DEL SERVICIO SOLICITADO", "SERVICIO:", "Constancia de tiempo de servicio",
                    "CATEGORIA:", "Constancias y certificaciones", "ÁREA QUE", "ATENDERÁ:", "Centro de Atención al Usuario",
                    "*" + FilingDeclaration.TEXT, "USUARIO SOLICITANTE", "DATOS DE PRESENTACIÓN ELECTRÓNICA",
                    "Canal Electrónico: SESEP", filed.seiNumber(), "FECHA: " + date, "HORA:",
                    "REGISTRO DE ATENCIÓN: " + filed.ticketNumber(), receiptView.verificationCode(),
                    "Entre 15 y 17 Calle Poniente", "Código Postal 01-117")) {
                assertTrue(text.contains(expected), () -> "Comprobante lacks «" + expected + "»: " + text);
            }
            assertEquals(1, TestFiles.pages(receipt.content()));

            // The ticket (Annex 2).
            FileContent ticket = As.user(DemoAccounts.CONTRIBUTOR, () -> tracking.receipt(ticketView.id()));
            String ticketText = TestFiles.text(ticket.content());
            for (String expected : List.of("SERVICIOS PREVISIONALES WEB", "inpep", date, "Usuario",
                    "JOSÉ ANTONIO MARTÍNEZ LÓPEZ", "04512378-8", "Su número de atención es", filed.ticketNumber(),
                    filed.seiNumber(), "www.inpep.gob.sv")) {
                assertTrue(ticketText.contains(expected), () -> "ticket lacks «" + expected + "»: " + ticketText);
            }

            // Anyone can verify both by their codes.
            ReceiptCheck check = verification.verify(receiptView.verificationCode());
            assertTrue(check.found() && check.intact(), check.toString());
            assertEquals(filed.seiNumber(), check.seiNumber());
            assertEquals(ReceiptKind.TICKET, verification.verify(ticketView.verificationCode()).kind());

            // The mail, with both PDFs.
            MimeMessage mail = Mails.awaitAbout(mailbox, filed.seiNumber(), 1, 30_000).get(0);
            assertEquals("jose.martinez@sesep.example", mail.getAllRecipients()[0].toString());
            assertTrue(mail.getSubject().contains(filed.seiNumber()) && mail.getSubject().contains(filed.ticketNumber()),
                    mail.getSubject());
            List<String> attachments = pdfAttachments(mail);
            assertEquals(2, attachments.size(), attachments.toString());
            assertTrue(attachments.stream().anyMatch(n -> n.startsWith("Comprobante")), attachments.toString());
            assertTrue(attachments.stream().anyMatch(n -> n.startsWith("Ticket " + filed.ticketNumber())), attachments.toString());

            assertEquals(List.of("REQUEST_FILED"), data.notifications(filed.requestId()));
            assertTrue(data.auditActions(filed.requestId()).containsAll(List.of("REQUEST_FILED", "DOCUMENT_ATTACHED",
                    "RECEIPT_ISSUED", "REQUEST_VIEWED", "RECEIPT_DOWNLOADED", "RECEIPT_VERIFIED")),
                    data.auditActions(filed.requestId()).toString());
            finish(mailbox, filed.requestId());
        }
    }

    @Test
    void aContributorCannotFileABeneficiaryOnlyService() throws Exception {
        long service = data.serviceId(SURVIVORS_PENSION);
        List<ServiceChoice> choices = As.user(DemoAccounts.CONTRIBUTOR, () -> requests.eligibleServices());
        assertFalse(choices.stream().anyMatch(c -> c.id() == service), "not offered in the list");
        assertTrue(choices.stream().anyMatch(c -> c.id() == data.serviceId(CONSTANCIA)));

        refused("error.request.serviceNotOffered", () -> As.user(DemoAccounts.CONTRIBUTOR, () -> requests.filingForm(service)));
        // Nor by calling the boundary directly, without the page.
        refused("error.request.serviceNotOffered", () -> As.user(DemoAccounts.CONTRIBUTOR, () -> requests.file(
                new Filing(service, UUID.randomUUID().toString(), Map.of(), true))));
        assertTrue(data.recentAudit("REQUEST_FILING_REFUSED", 5).stream()
                .anyMatch(e -> e.startsWith(DemoAccounts.CONTRIBUTOR + "|") && e.contains(SURVIVORS_PENSION)), "refusal audited");
        // The beneficiary may.
        FilingForm form = As.user(DemoAccounts.BENEFICIARY, () -> requests.filingForm(service));
        assertEquals(service, form.serviceId());
    }

    @Test
    void aSecondOpenRequestOfAOneAtATimeServiceIsRefusedWithItsSei() throws Exception {
        String citizen = data.contributors("unica", 1).get(0);
        long service = data.serviceId(DATA_UPDATE);
        try (Mailbox mailbox = new Mailbox()) {
            Filed first = fileDataUpdate(citizen);
            BusinessException refusal = refused("error.request.alreadyOpen",
                    () -> As.user(citizen, () -> requests.filingForm(service)));
            assertEquals(first.seiNumber(), refusal.getArguments()[1], "the refusal names the open SEI");
            refused("error.request.alreadyOpen", () -> As.user(citizen, () -> requests.file(
                    new Filing(service, UUID.randomUUID().toString(), dataUpdateValues(), true))));
            ServiceChoice choice = As.user(citizen, () -> requests.eligibleServices()).stream()
                    .filter(c -> c.id() == service).findFirst().orElseThrow();
            assertEquals(first.seiNumber(), choice.openSeiNumber());

            // Once attended, the service may be requested again (activities 22 and 30).
            data.answer(first.requestId());
            Filed second = fileDataUpdate(citizen);
            assertNotEquals(first.seiNumber(), second.seiNumber());
            finish(mailbox, first.requestId(), second.requestId());
        }
    }

    @Test
    void submittingTheSameFormTwiceFilesOneSei() throws Exception {
        String citizen = data.contributors("doble", 1).get(0);
        long service = data.serviceId(CONSTANCIA);
        try (Mailbox mailbox = new Mailbox()) {
            // One after the other: a resent form, the back button.
            Prepared prepared = prepareConstancia(citizen);
            Filed first = As.user(citizen, () -> requests.file(prepared.filing()));
            Filed again = As.user(citizen, () -> requests.file(prepared.filing()));
            assertEquals(first.seiNumber(), again.seiNumber());
            assertEquals(first.ticketNumber(), again.ticketNumber());
            assertTrue(again.repeated());
            assertEquals(1, data.requestsWithToken(prepared.filing().submissionToken()));

            // At the same moment: a double click, two tabs with the same page.
            Prepared twin = prepareConstancia(citizen);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Filed>> both = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                both.add(executor.submit(() -> {
                    start.await();
                    return As.user(citizen, () -> requests.file(twin.filing()));
                }));
            }
            start.countDown();
            Filed a = both.get(0).get(60, TimeUnit.SECONDS);
            Filed b = both.get(1).get(60, TimeUnit.SECONDS);
            assertEquals(a.seiNumber(), b.seiNumber());
            assertTrue(a.repeated() ^ b.repeated(), "exactly one of them filed");
            assertEquals(1, data.requestsWithToken(twin.filing().submissionToken()));
            assertEquals(1, As.user(citizen, () -> tracking.mine(RequestList.ALL, 0, 20)).rows().stream()
                    .filter(r -> r.seiNumber().equals(a.seiNumber())).count(), "one line in Mis solicitudes");
            finish(mailbox, first.requestId(), a.requestId());
        }
    }

    @Test
    void uploadsAreCheckedByTheirContentAndSize() throws Exception {
        String citizen = data.contributors("archivos", 1).get(0);
        long service = data.serviceId(CONSTANCIA);
        FilingForm form = As.user(citizen, () -> requests.filingForm(service));
        RequirementView dui = mandatory(form);
        String token = form.submissionToken();

        refused("error.document.unrecognized", () -> As.user(citizen,
                () -> uploads.stage(token, service, dui.id(), "constancia.pdf", TestFiles.exe())));
        refused("error.document.unreadablePdf", () -> As.user(citizen,
                () -> uploads.stage(token, service, dui.id(), "dui.pdf", TestFiles.brokenPdf())));
        byte[] large = TestFiles.pdfOfSize((int) dui.maxSizeBytes() + 100_000);
        assertTrue(large.length > dui.maxSizeBytes());
        refused("error.document.tooLarge", () -> As.user(citizen,
                () -> uploads.stage(token, service, dui.id(), "dui-escaneado.pdf", large)));
        refused("error.document.empty", () -> As.user(citizen,
                () -> uploads.stage(token, service, dui.id(), "vacio.pdf", new byte[0])));
        refused("error.document.protectedPdf", () -> As.user(citizen,
                () -> uploads.stage(token, service, dui.id(), "dui-con-clave.pdf", TestFiles.passwordPdf())));
        refused("error.document.unrecognized", () -> As.user(citizen,
                () -> uploads.stage(token, service, dui.id(), "dui.pdf", TestFiles.htmlThenPdf(TestFiles.pdf("DUI")))));
        assertTrue(data.recentAudit("DOCUMENT_UPLOAD_REFUSED", 6).stream()
                .anyMatch(e -> e.contains("constancia.pdf") && e.contains("error.document.unrecognized")), "refusals audited");

        // Nothing refused was kept, and without the mandatory document nothing is filed.
        assertEquals(List.of(), As.user(citizen, () -> uploads.staged(token)));
        refused("error.request.documentMissing", () -> As.user(citizen, () -> requests.file(
                new Filing(service, token, constanciaValues(), true))));

        // A real image named like a PDF is accepted as what it is.
        StagedFile png = As.user(citizen, () -> uploads.stage(token, service, dui.id(), "dui.pdf", TestFiles.png()));
        assertEquals("image/png", png.contentType());
        assertEquals("dui.pdf.png", png.fileName());
        // Someone else cannot see or remove it.
        assertEquals(List.of(), As.user(DemoAccounts.CONTRIBUTOR, () -> uploads.staged(token)));
        refused("error.file.notFound", () -> As.user(DemoAccounts.CONTRIBUTOR, () -> {
            uploads.discard(token, png.id());
            return null;
        }));
        assertEquals(1, As.user(citizen, () -> uploads.staged(token)).size());
        // The declaration of Annex 1 is required.
        refused("error.request.declarationRequired", () -> As.user(citizen, () -> requests.file(
                new Filing(service, token, constanciaValues(), false))));
    }

    @Test
    void theFormDataIsCheckedAgainstTheServiceFields() throws Exception {
        long service = data.serviceId(TAX_CERTIFICATE);
        String citizen = DemoAccounts.PENSIONER;
        try (Mailbox mailbox = new Mailbox()) {
            FilingForm form = As.user(citizen, () -> requests.filingForm(service));
            As.user(citizen, () -> uploads.stage(form.submissionToken(), service, mandatory(form).id(), "dui.pdf",
                    TestFiles.pdf("DUI")));
            refused("error.request.fieldRequired", () -> As.user(citizen, () -> requests.file(
                    new Filing(service, form.submissionToken(), Map.of(), true))));
            refused("error.request.fieldNotNumber", () -> As.user(citizen, () -> requests.file(
                    new Filing(service, form.submissionToken(), Map.of("anioFiscal", "dos mil"), true))));
            Filed filed = As.user(citizen, () -> requests.file(
                    new Filing(service, form.submissionToken(), Map.of("anioFiscal", "2025", "otro", "ignorado"), true)));
            RequestDetail detail = As.user(citizen, () -> tracking.detail(filed.requestId()));
            assertEquals("Año fiscal", detail.form().get(0).label());
            assertEquals("2025", detail.form().get(0).value());
            assertEquals(1, detail.form().size(), "unknown fields are dropped");

            long constancia = data.serviceId(CONSTANCIA);
            String contributor = data.contributors("datos", 1).get(0);
            FilingForm other = As.user(contributor, () -> requests.filingForm(constancia));
            refused("error.request.fieldNotOption", () -> As.user(contributor, () -> requests.file(
                    new Filing(constancia, other.submissionToken(), Map.of("motivo", "Inventado", "institucion", "X"), true))));
            refused("error.request.fieldNotDate", () -> As.user(contributor, () -> requests.file(
                    new Filing(constancia, other.submissionToken(), Map.of("motivo", "Otro", "institucion", "X",
                            "periodoDesde", "31/02/2026"), true))));
            finish(mailbox, filed.requestId());
        }
    }

    @Test
    void citizensSeeOnlyTheirOwnRequestsAndFiles() throws Exception {
        try (Mailbox mailbox = new Mailbox()) {
            Filed filed = fileConstancia(DemoAccounts.CONTRIBUTOR);
            long request = filed.requestId();
            long receipt = data.receiptIds(request).get(0);
            long document = data.documentId(request);
            String other = DemoAccounts.PENSIONER;

            refused("error.request.notFound", () -> As.user(other, () -> tracking.detail(request)));
            refused("error.request.notFound", () -> As.user(other, () -> tracking.receipt(receipt)));
            refused("error.request.notFound", () -> As.user(other, () -> tracking.document(document)));
            refused("error.request.notFound", () -> As.user(other, () -> tracking.rate(request, 5, null)));
            refused("error.request.notFound", () -> As.user(other, () -> requests.resubmissionForm(request)));
            refused("error.request.notFound", () -> As.user(other, () -> requests.resubmit(
                    new Resubmission(request, UUID.randomUUID().toString(), "hola"))));
            // Ids that do not exist answer exactly the same.
            refused("error.request.notFound", () -> As.user(other, () -> tracking.detail(Long.MAX_VALUE)));
            refused("error.request.notFound", () -> As.user(other, () -> tracking.receipt(Long.MAX_VALUE)));
            refused("error.request.notFound", () -> As.user(other, () -> tracking.response(Long.MAX_VALUE)));
            assertFalse(As.user(other, () -> tracking.mine(RequestList.ALL, 0, 20)).rows().stream()
                    .anyMatch(r -> r.id() == request));
            assertTrue(As.user(DemoAccounts.CONTRIBUTOR, () -> tracking.mine(RequestList.ALL, 0, 20)).rows().stream()
                    .anyMatch(r -> r.id() == request), "on the first page of Mis solicitudes");
            assertTrue(data.recentAudit("REQUEST_ACCESS_REFUSED", 10).stream().anyMatch(e -> e.startsWith(other + "|")));
            // The owner gets their document back, byte for byte.
            FileContent own = As.user(DemoAccounts.CONTRIBUTOR, () -> tracking.document(document));
            assertTrue(new String(own.content(), 0, 5).startsWith("%PDF-"));
            // Agents and anonymous callers are not citizens.
            refused(jakarta.ejb.EJBAccessException.class, () -> As.user(DemoAccounts.AGENT, () -> tracking.detail(request)));
            refused(jakarta.ejb.EJBAccessException.class, () -> tracking.mine(RequestList.ALL, 0, 20));
            finish(mailbox, request);
        }
    }

    @Test
    void anObservedRequestIsFixedWithANewTicketUnderTheSameSei() throws Exception {
        String citizen = data.contributors("subsanar", 1).get(0);
        long service = data.serviceId(CONSTANCIA);
        try (Mailbox mailbox = new Mailbox()) {
            FilingForm form = As.user(citizen, () -> requests.filingForm(service));
            RequirementView dui = mandatory(form);
            RequirementView optional = form.requirements().stream().filter(r -> !r.mandatory()).findFirst().orElseThrow();
            As.user(citizen, () -> uploads.stage(form.submissionToken(), service, dui.id(), "dui-borroso.pdf", TestFiles.pdf("DUI")));
            As.user(citizen, () -> uploads.stage(form.submissionToken(), service, optional.id(), "constancia.png", TestFiles.png()));
            Filed filed = As.user(citizen, () -> requests.file(new Filing(service, form.submissionToken(), constanciaValues(), true)));
            long id = filed.requestId();

            refused("error.request.notObserved", () -> As.user(citizen, () -> requests.resubmissionForm(id)));
            data.observe(id, "El DUI adjunto no es legible. Adjunte una copia legible de ambos lados.");
            RequestDetail observed = As.user(citizen, () -> tracking.detail(id));
            assertEquals(RequestStatus.OBSERVED, observed.status());
            assertTrue(observed.canResubmit());
            assertTrue(observed.observations().contains("no es legible"));

            ResubmissionForm fix = As.user(citizen, () -> requests.resubmissionForm(id));
            assertEquals(2, fix.currentDocuments().size());
            refused("error.request.resubmitEmpty", () -> As.user(citizen, () -> requests.resubmit(
                    new Resubmission(id, fix.formToken(), "  "))));
            As.user(citizen, () -> uploads.stage(fix.formToken(), service, dui.id(), "dui-legible.pdf", TestFiles.pdf("DUI legible")));
            Filed fixed = As.user(citizen, () -> requests.resubmit(new Resubmission(id, fix.formToken(), "Adjunto el DUI legible.")));

            assertEquals(filed.seiNumber(), fixed.seiNumber(), "same SEI");
            assertNotEquals(filed.ticketNumber(), fixed.ticketNumber(), "a new ticket");
            assertEquals(List.of(filed.ticketNumber(), fixed.ticketNumber()), data.ticketNumbers(id));
            assertEquals(List.of(TicketStatus.CLOSED, TicketStatus.QUEUED), data.ticketStatuses(id));
            assertEquals(List.of(RequestStatus.FILED, RequestStatus.IN_ATTENTION, RequestStatus.OBSERVED, RequestStatus.FILED),
                    data.history(id));
            assertEquals(List.of("dui-borroso.pdf|true", "constancia.png|false", "dui-legible.pdf|false"), data.documents(id));

            RequestDetail detail = As.user(citizen, () -> tracking.detail(id));
            assertEquals(4, detail.receipts().size(), "a Comprobante and a ticket per filing");
            ReceiptView newest = detail.receipts().stream()
                    .filter(r -> r.kind() == ReceiptKind.RECEIPT && r.ticketNumber().equals(fixed.ticketNumber()))
                    .findFirst().orElseThrow();
            String text = TestFiles.text(As.user(citizen, () -> tracking.receipt(newest.id())).content());
            assertTrue(text.contains("subsanación") && text.contains(fixed.ticketNumber()) && text.contains(filed.seiNumber()), text);
            assertEquals("Adjunto el DUI legible.", detail.citizenComment());
            assertFalse(detail.canResubmit());

            assertEquals(List.of("REQUEST_FILED", "REQUEST_RESUBMITTED"), data.notifications(id));
            MimeMessage resubmitted = Mails.awaitAbout(mailbox, filed.seiNumber(), 2, 30_000).stream()
                    .filter(m -> subject(m).contains("subsanación")).findFirst().orElseThrow();
            List<String> attachments = pdfAttachments(resubmitted);
            assertEquals(2, attachments.size(), attachments.toString());
            assertTrue(attachments.contains("Ticket " + fixed.ticketNumber() + ".pdf"), attachments.toString());

            // Once back in the queue it is no longer observed.
            refused("error.request.notObserved", () -> As.user(citizen, () -> requests.resubmit(
                    new Resubmission(id, UUID.randomUUID().toString(), "otra vez"))));
            finish(mailbox, id);
        }
    }

    @Test
    void anAttendedRequestIsRatedOnce() throws Exception {
        String citizen = data.contributors("calificar", 1).get(0);
        try (Mailbox mailbox = new Mailbox()) {
            Filed filed = fileConstancia(citizen);
            long id = filed.requestId();
            refused("error.survey.requestNotAttended", () -> As.user(citizen, () -> tracking.rate(id, 5, "¿Ya?")));
            assertFalse(As.user(citizen, () -> tracking.detail(id)).canRate());

            data.answer(id);
            assertTrue(As.user(citizen, () -> tracking.detail(id)).canRate());
            refused("error.survey.ratingOutOfRange", () -> As.user(citizen, () -> tracking.rate(id, 6, null)));
            assertEquals(0, data.surveys(id), "a refused rating leaves nothing behind");
            As.user(citizen, () -> tracking.rate(id, 5, "Atención rápida y clara."));
            assertEquals(5, data.rating(id));
            refused("error.survey.alreadyAnswered", () -> As.user(citizen, () -> tracking.rate(id, 1, "cambio de opinión")));
            assertEquals(5, data.rating(id));
            assertEquals(1, data.surveys(id));
            RequestDetail detail = As.user(citizen, () -> tracking.detail(id));
            assertFalse(detail.canRate());
            assertEquals(5, detail.survey().rating());
            assertTrue(data.auditActions(id).contains("SURVEY_ANSWERED"));
            finish(mailbox, id);
        }
    }

    @Test
    void receiptsAreVerifiedPubliclyAndTamperingShows() throws Exception {
        String citizen = data.contributors("verificar", 1).get(0);
        try (Mailbox mailbox = new Mailbox()) {
            Filed filed = fileConstancia(citizen);
            List<Long> receipts = data.receiptIds(filed.requestId());
            String code = data.verificationCode(receipts.get(0));
            byte[] issued = As.user(citizen, () -> tracking.receipt(receipts.get(0))).content();
            finish(mailbox, filed.requestId()); // the mail carries the receipt as issued

            // Called without any login, as the public page does.
            ReceiptCheck check = verification.verify(code);
            assertTrue(check.found() && check.intact());
            assertEquals(filed.seiNumber(), check.seiNumber());
            assertNotNull(check.issuedAt());
            assertTrue(verification.verify(code.toLowerCase().replace("-", " ")).found(), "typed loosely");
            assertFalse(verification.verify("AAAA-BBBB-CCCC-DDDD").found());
            assertFalse(verification.verify("<script>").found());
            assertTrue(verification.matches(code, issued), "the very file matches");
            assertFalse(verification.matches(code, TestFiles.pdf("otro")), "another file does not");

            data.tamper(receipts.get(0));
            ReceiptCheck tampered = verification.verify(code);
            assertTrue(tampered.found());
            assertFalse(tampered.intact(), "an altered stored copy does not verify");
        }
    }

    @Test
    void theCatalogueIsPublicAndOffersAServiceForm() throws Exception {
        List<CatalogCategory> anonymous = catalog.browse();
        List<CatalogEntry> services = anonymous.stream().flatMap(c -> c.services().stream()).toList();
        assertTrue(anonymous.size() >= 6 && services.size() >= 16, "categories " + anonymous.size() + ", services " + services.size());
        CatalogEntry constancia = services.stream().filter(s -> s.code().equals(CONSTANCIA)).findFirst().orElseThrow();
        assertEquals("Constancias y certificaciones", constancia.categoryName());
        assertEquals("Centro de Atención al Usuario", constancia.areaName());
        assertEquals(10, constancia.slaBusinessDays());
        assertTrue(constancia.isForContributor() && !constancia.isForPensioner());
        RequirementView dui = constancia.requirements().get(0);
        assertTrue(dui.mandatory());
        assertEquals("PDF, JPG, PNG", dui.allowedTypesLabel());
        assertEquals("5 MB", dui.maxSizeLabel());
        assertFalse(services.stream().anyMatch(CatalogEntry::offeredToCaller), "nobody signed in");

        List<CatalogEntry> forContributor = As.user(DemoAccounts.CONTRIBUTOR, () -> catalog.browse()).stream()
                .flatMap(c -> c.services().stream()).toList();
        assertTrue(forContributor.stream().filter(s -> s.code().equals(CONSTANCIA)).findFirst().orElseThrow().offeredToCaller());
        assertFalse(forContributor.stream().filter(s -> s.code().equals(SURVIVORS_PENSION)).findFirst().orElseThrow().offeredToCaller());

        byte[] form = TestFiles.pdf("Formulario de solicitud de constancia");
        data.attachForm(CONSTANCIA, "Formulario constancia.pdf", form);
        FileContent downloaded = catalog.form(data.serviceId(CONSTANCIA));
        assertEquals("Formulario constancia.pdf", downloaded.fileName());
        assertEquals(form.length, downloaded.content().length);
        refused("error.catalog.formNotFound", () -> catalog.form(data.serviceId(SURVIVORS_PENSION)));
    }

    // ------------------------------------------------------------------ helpers

    private record Prepared(Filing filing) {
    }

    /** Opens the form of CONST-TSERV and attaches the DUI, as the page does. */
    private Prepared prepareConstancia(String citizen) throws Exception {
        long service = data.serviceId(CONSTANCIA);
        FilingForm form = As.user(citizen, () -> requests.filingForm(service));
        As.user(citizen, () -> uploads.stage(form.submissionToken(), service, mandatory(form).id(), "dui.pdf",
                TestFiles.pdf("Documento Único de Identidad")));
        return new Prepared(new Filing(service, form.submissionToken(), constanciaValues(), true));
    }

    /**
     * An upload larger than any file SESEP takes is answered with a Spanish page before its body
     * is read, on the citizen's filing form and on the public receipt check alike, and not with
     * the container's bare error; by Ajax, with the message in a Faces partial response.
     */
    @Test
    @RunAsClient
    void anOversizeUploadGetsASpanishPage() throws Exception {
        String base = Ports.base();
        // HTTP/1.1 as browsers speak it without TLS (Java's client would otherwise ask for h2c).
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new java.net.CookieManager()).followRedirects(HttpClient.Redirect.NORMAL).build();
        Http.login(client, base, Http.DEMO_CITIZEN, Http.DEMO_PASSWORD);
        // A body of known length, as browsers send a form: 30 MB of file between the multipart framing.
        String boundary = "----sesep" + UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream(31 * 1024 * 1024);
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"archivo\"; filename=\"expediente.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.7\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(new byte[30 * 1024 * 1024]);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        for (String page : List.of("/portal/nueva-solicitud.xhtml", "/verificar.xhtml")) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + page))
                            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(413, response.statusCode(), page);
            assertTrue(response.body().contains("Archivo demasiado grande"), page + ": " + response.body());
            assertTrue(response.body().contains("hasta 10 MB") && response.body().contains("hasta 20 MB"), response.body());
        }
        // A PrimeFaces upload (Ajax) gets a Faces partial response that leaves the page as it is
        // and carries the message for the upload, not a page it would drop.
        HttpResponse<String> ajax = client.send(HttpRequest.newBuilder(URI.create(base + "/portal/nueva-solicitud.xhtml"))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .header("Faces-Request", "partial/ajax")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, ajax.statusCode(), ajax.body());
        assertTrue(ajax.headers().firstValue("Content-Type").orElse("").startsWith("text/xml"), ajax.headers().toString());
        assertTrue(ajax.body().contains("<partial-response><changes><extension ln=\"primefaces\" type=\"args\">")
                && !ajax.body().contains("<update"), ajax.body());
        assertTrue(ajax.body().contains("sesepUploadRefused") && ajax.body().contains("Archivo demasiado grande")
                && ajax.body().contains("las respuestas de los agentes hasta 20 MB. Elija un archivo más pequeño."), ajax.body());
    }

    /**
     * Files stored before SESEP rewrote every file are rewritten in the background like new
     * uploads (an armed PDF is disarmed, with its row's fingerprint updated), and one that today's
     * checks refuse is withheld: the row serves a notice, the original is kept apart. Audited.
     */
    @Test
    void filesStoredBeforeTheRewriteAreRewrittenOrWithheld() throws Exception {
        try (Mailbox mailbox = new Mailbox()) {
            long armedRequest = fileConstancia(DemoAccounts.CONTRIBUTOR).requestId();
            String second = data.contributors("antiguo", 1).get(0);
            long refusedRequest = fileConstancia(second).requestId();
            long armedDocument = data.documentId(armedRequest);
            long refusedDocument = data.documentId(refusedRequest);
            assertTrue(data.storedFile("request_document", armedDocument).endsWith("|intact|rewritten"),
                    "a file stored today is marked as rewritten when it is stored");
            assertEquals(0, legacyFiles.rewriteAll(node()), "nothing old to rewrite");

            byte[] armed = TestFiles.armed(Pdfs.pages(2, "Constancia de sueldos de Peñate"));
            byte[] htmlPage = TestFiles.htmlThenPdf(TestFiles.pdf("informe"));
            data.storeAsBeforeTheRewrite("request_document", armedDocument, "constancia año 2019.pdf", armed);
            data.storeAsBeforeTheRewrite("request_document", refusedDocument, "informe.pdf", htmlPage);
            // Before the rewrite runs, the owner would get the armed file back as stored.
            assertTrue(TestFiles.latin1(As.user(DemoAccounts.CONTRIBUTOR, () -> tracking.document(armedDocument)).content())
                    .contains("/JavaScript"), "until the rewrite runs, the old bytes are what is stored");

            long deadline = System.currentTimeMillis() + 60_000;
            while ((data.storedFile("request_document", armedDocument).endsWith("unmarked")
                    || data.storedFile("request_document", refusedDocument).endsWith("unmarked"))
                    && System.currentTimeMillis() < deadline) {
                legacyFiles.rewriteAll(node());   // the minute timer may take some of them first
            }

            assertEquals("constancia año 2019.pdf|intact|rewritten", data.storedFile("request_document", armedDocument));
            FileContent disarmed = As.user(DemoAccounts.CONTRIBUTOR, () -> tracking.document(armedDocument));
            TestFiles.assertDisarmed(disarmed.content());
            assertTrue(TestFiles.text(disarmed.content()).contains("Peñate"), "the document's text is kept");
            assertTrue(data.auditActions(armedRequest).contains("STORED_FILE_REWRITTEN"));

            assertEquals("informe (retenido).pdf|intact|rewritten", data.storedFile("request_document", refusedDocument));
            FileContent notice = As.user(second, () -> tracking.document(refusedDocument));
            assertEquals(DocumentInspector.PDF, notice.contentType());
            String noticeText = TestFiles.text(notice.content());
            assertTrue(noticeText.contains("Archivo retenido por seguridad") && noticeText.contains("informe.pdf")
                    && noticeText.contains("PDF, JPEG ni PNG"), noticeText);
            assertFalse(TestFiles.latin1(notice.content()).contains("<html"), "the page is not served");
            Map<String, byte[]> kept = data.withheld(refusedRequest);
            assertEquals(Set.of("informe.pdf|error.document.unrecognized"), kept.keySet());
            assertArrayEquals(htmlPage, kept.get("informe.pdf|error.document.unrecognized"), "the original is kept, apart");
            assertTrue(data.auditActions(refusedRequest).contains("STORED_FILE_WITHHELD"));

            assertEquals(0, legacyFiles.rewriteAll(node()), "each old file is rewritten once");
            finish(mailbox, armedRequest, refusedRequest);
        }
    }

    private static String node() {
        return System.getProperty("jboss.node.name", "sesep");
    }

    private Filed fileConstancia(String citizen) throws Exception {
        Prepared prepared = prepareConstancia(citizen);
        return As.user(citizen, () -> requests.file(prepared.filing()));
    }

    private Filed fileDataUpdate(String citizen) throws Exception {
        long service = data.serviceId(DATA_UPDATE);
        FilingForm form = As.user(citizen, () -> requests.filingForm(service));
        As.user(citizen, () -> uploads.stage(form.submissionToken(), service, mandatory(form).id(), "dui.jpg.png",
                TestFiles.png()));
        return As.user(citizen, () -> requests.file(new Filing(service, form.submissionToken(), dataUpdateValues(), true)));
    }

    private static Map<String, String> constanciaValues() {
        return Map.of("motivo", "Trámite bancario", "institucion", "Ministerio de Hacienda", "periodoDesde", "2015-01-01");
    }

    private static Map<String, String> dataUpdateValues() {
        return Map.of("datoActualizar", "Teléfono", "valorNuevo", "7777-8888");
    }

    private static RequirementView mandatory(FilingForm form) {
        return form.requirements().stream().filter(RequirementView::mandatory).findFirst().orElseThrow();
    }

    /** Waits until the mails about these requests went out, then takes their tickets out of the queue. */
    private void finish(Mailbox mailbox, Long... requestIds) throws InterruptedException {
        List<Long> ids = List.of(requestIds);
        long deadline = System.currentTimeMillis() + 60_000;
        while (data.unsentNotifications(ids) > 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        assertEquals(0, data.unsentNotifications(ids), "every mail about " + ids + " was sent");
        data.answerQueued(ids);
        assertNotNull(mailbox);
    }

    private static BusinessException refused(String key, Callable<?> action) {
        try {
            action.call();
        } catch (Exception e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof BusinessException business) {
                    assertEquals(key, business.getMessageKey(), business.toString());
                    if (key.endsWith("notFound")) {
                        assertTrue(business instanceof NotFound, business.getClass().getName());
                    }
                    return business;
                }
            }
            fail("expected " + key + " but got " + e, e);
        }
        return fail("expected " + key + " but the call succeeded");
    }

    private static void refused(Class<? extends Exception> type, Callable<?> action) {
        try {
            action.call();
        } catch (Exception e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (type.isInstance(t)) {
                    return;
                }
            }
            fail("expected " + type.getSimpleName() + " but got " + e, e);
        }
        fail("expected " + type.getSimpleName() + " but the call succeeded");
    }

    static List<String> pdfAttachments(MimeMessage mail) throws Exception {
        List<String> names = new ArrayList<>();
        Multipart mixed = (Multipart) mail.getContent();
        for (int i = 0; i < mixed.getCount(); i++) {
            BodyPart part = mixed.getBodyPart(i);
            if (part.getFileName() != null && part.getContentType().toLowerCase().startsWith("application/pdf")) {
                byte[] content = part.getInputStream().readAllBytes();
                assertTrue(new String(content, 0, 5).equals("%PDF-"), part.getFileName() + " is a PDF");
                names.add(part.getFileName());
            }
        }
        return names;
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (Exception e) {
            return "";
        }
    }
}
