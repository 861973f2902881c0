package sv.gob.inpep.sesep.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A citizen files a request in a real browser: logs in, picks a service, fills its form, attaches
 * two documents, accepts the declaration, submits, downloads the Comprobante and the ticket, finds
 * the request in "Mis solicitudes" and receives the e-mail with both PDFs. Then the same request
 * seen from outside: another citizen gets "not found" for its ids, anonymous visitors can browse
 * the catalogue and verify the receipt's code. Last, the citizen reads the estimated date of the
 * answer and the statutory limit, and withdraws (desiste) the request, confirming it: it closes as
 * desistida, with its mail, and the service can be requested again.
 * <p>
 * Runs as a client, so the mail is caught by a GreenMail started here, in the test JVM, on the
 * port the server's mail session sends to.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FilingBrowserIT {

    private static final Pattern CODE = Pattern.compile("Código de verificación: ([A-Z2-9]{4}(-[A-Z2-9]{4}){3})");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SesepDeployment.ear();
    }

    @Test
    void aCitizenFilesWithTwoDocumentsDownloadsBothPdfsAndGetsThemByMail() throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(Integer.getInteger("sesep.it.smtp-port", 3025), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        Path files = Files.createTempDirectory("sesep-uploads");
        try (Browser browser = new Browser()) {
            Path dui = Files.write(files.resolve("DUI ambos lados.pdf"), TestFiles.pdf("Documento Único de Identidad"));
            Path constancia = Files.write(files.resolve("constancia laboral.png"), TestFiles.png());

            browser.login(DemoAccounts.CONTRIBUTOR, DemoAccounts.PASSWORD);
            String seiNumber = PortalScreen.fileConstancia(browser, dui, constancia);
            String page = browser.text();
            assertTrue(page.contains("Presentada"), page);
            assertTrue(page.contains("DUI ambos lados.pdf") && page.contains("constancia laboral.png"), page);
            String requestId = browser.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
            String receiptHref = browser.find(By.id("download-RECEIPT")).getAttribute("href");

            // Both PDFs, downloaded at once.
            browser.find(By.id("download-RECEIPT")).click();
            browser.find(By.id("download-TICKET")).click();
            browser.waitFor(d -> pdfs(browser.downloads()).size() == 2);
            for (Path pdf : pdfs(browser.downloads())) {
                byte[] content = Files.readAllBytes(pdf);
                assertEquals("%PDF-", new String(content, 0, 5), pdf + " is a PDF");
                assertTrue(TestFiles.text(content).contains(seiNumber), pdf + " names " + seiNumber);
            }

            // "Mis solicitudes" lists it with the state the manual names.
            String listed = PortalScreen.myRequestsRow(browser, seiNumber);
            assertTrue(listed.contains("Presentada") && listed.contains(PortalScreen.SERVICE), listed);

            // The mail, with the Comprobante and the ticket.
            assertTrue(smtp.waitForIncomingEmail(30_000, 1), "the REQUEST_FILED mail arrived");
            MimeMessage mail = Arrays.stream(smtp.getReceivedMessages())
                    .filter(m -> subject(m).contains(seiNumber)).findFirst().orElseThrow();
            assertEquals("jose.martinez@sesep.example", mail.getAllRecipients()[0].toString());
            List<String> attachments = RequestFilingIT.pdfAttachments(mail);
            assertEquals(2, attachments.size(), attachments.toString());

            // From outside: another citizen, and nobody at all.
            browser.open("/portal/solicitud.xhtml?id=" + requestId);
            Matcher code = CODE.matcher(browser.text());
            assertTrue(code.find(), browser.text());
            strangersSeeNothing(requestId, receiptHref, seiNumber);
            anonymousVisitorsBrowseTheCatalogueAndVerifyTheReceipt(code.group(1), seiNumber);

            // Her two clocks, then she gives the request up.
            browser.open("/portal/solicitud.xhtml?id=" + requestId);
            assertTrue(browser.text().contains("Fecha estimada de respuesta"), browser.text());
            assertTrue(browser.find(By.id("targetDue")).getText().matches("\\d{2}/\\d{2}/\\d{4}"), browser.text());
            assertTrue(browser.find(By.id("statutoryDue")).getText().matches("\\d{2}/\\d{2}/\\d{4}.*"), browser.text());
            String withdrawn = PortalScreen.withdraw(browser, seiNumber);
            assertTrue(browser.find(By.id("status")).getText().startsWith("Cerrada"), withdrawn);
            assertTrue(withdrawn.contains("(Desistida)") && withdrawn.contains("se cerró como desistida"), withdrawn);
            assertTrue(browser.driver().findElements(By.id("withdrawal:withdraw")).isEmpty(), "no second withdrawal");
            String row = PortalScreen.myRequestsRow(browser, seiNumber);
            assertTrue(row.contains("Cerrada") && row.contains("Desistida"), row);
            assertTrue(smtp.waitForIncomingEmail(30_000, 2), "the REQUEST_WITHDRAWN mail arrived");
            assertTrue(Arrays.stream(smtp.getReceivedMessages())
                    .anyMatch(m -> subject(m).contains("usted desistió de su solicitud " + seiNumber)), "withdrawal mail");
            browser.open("/portal/nueva-solicitud.xhtml");
            browser.find(By.xpath("//li[contains(@class,'sesep-card')][.//h2[normalize-space()='" + PortalScreen.SERVICE
                    + "']]")).findElement(By.linkText("Solicitar"));
        } finally {
            smtp.stop();
            try (Stream<Path> paths = Files.walk(files)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void strangersSeeNothing(String requestId, String receiptHref, String seiNumber) throws Exception {
        HttpClient other = Http.client();
        Http.login(other, Ports.base(), DemoAccounts.PENSIONER, DemoAccounts.PASSWORD);
        HttpResponse<String> receipt = get(other, receiptHref);
        assertEquals(404, receipt.statusCode(), "another citizen's receipt");
        assertEquals(404, get(other, Ports.base() + "/portal/archivos/documento/" + (Long.parseLong(requestId) * 7)).statusCode());
        HttpResponse<String> detail = get(other, Ports.base() + "/portal/solicitud.xhtml?id=" + requestId);
        assertFalse(detail.body().contains(seiNumber), "another citizen's request shows nothing of it");
        assertTrue(detail.body().contains("no existe o no tiene permiso"), detail.body());
        HttpResponse<String> mine = get(other, Ports.base() + "/portal/mis-solicitudes.xhtml");
        assertFalse(mine.body().contains(seiNumber));

        HttpResponse<String> anonymous = get(Http.client(), receiptHref);
        assertTrue(anonymous.body().contains("j_security_check"), "anonymous visitors are asked to log in");
    }

    private static void anonymousVisitorsBrowseTheCatalogueAndVerifyTheReceipt(String code, String seiNumber) throws Exception {
        HttpClient anonymous = Http.client();
        HttpResponse<String> catalogue = get(anonymous, Ports.base() + "/portal/catalogo.xhtml");
        assertEquals(200, catalogue.statusCode());
        assertFalse(catalogue.body().contains("j_security_check"), "the catalogue is public");
        assertTrue(catalogue.body().contains("Constancia de tiempo de servicio") && catalogue.body().contains("Obligatorio"));

        HttpResponse<String> verified = get(anonymous, Ports.base() + "/verificar.xhtml?codigo=" + code);
        assertEquals(200, verified.statusCode());
        assertTrue(verified.body().contains("Documento auténtico") && verified.body().contains(seiNumber), verified.body());
        assertFalse(verified.body().contains("Martínez"), "nothing personal");
        HttpResponse<String> unknown = get(anonymous, Ports.base() + "/verificar.xhtml?codigo=AAAA-BBBB-CCCC-DDDD");
        assertTrue(unknown.body().contains("No encontramos ningún documento"), unknown.body());
    }

    private static List<Path> pdfs(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".pdf")).toList();
        } catch (java.io.IOException e) {
            return List.of();
        }
    }

    private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (Exception e) {
            return "";
        }
    }
}
