package sv.gob.inpep.sesep.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;

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

    /**
     * The same filing with the keyboard alone: Tab to each control, arrows in the list, Space on
     * the declaration, Enter on links and buttons; each file is typed into the upload that has the
     * focus (what a keyboard user does in the browser's file dialog), and the focus stays at the
     * upload afterwards.
     */
    @Test
    void aCitizenFilesWithTheKeyboardOnly() throws Exception {
        Path files = Files.createTempDirectory("sesep-keyboard");
        try (Browser browser = new Browser()) {
            Path dui = Files.write(files.resolve("DUI teclado.pdf"), TestFiles.pdf("Documento Único de Identidad"));
            Path constancia = Files.write(files.resolve("constancia teclado.png"), TestFiles.png());
            browser.steps("filing-keyboard", () -> {
                browser.open("/login.xhtml");
                browser.tabUntil("the user name", () -> "j_username".equals(attribute(browser, "name")));
                browser.press(DemoAccounts.CONTRIBUTOR, Keys.TAB, DemoAccounts.PASSWORD, Keys.ENTER);
                browser.waitFor(d -> !d.getCurrentUrl().contains("login") && !d.getCurrentUrl().contains("j_security_check"));

                browser.tabTo("menuNewRequest").press(Keys.ENTER);
                browser.waitFor(d -> d.getCurrentUrl().contains("/portal/nueva-solicitud.xhtml"));
                browser.tabUntil("Solicitar on " + PortalScreen.SERVICE, () -> PortalScreen.SERVICE.equals(
                        ((JavascriptExecutor) browser.driver()).executeScript("var c = document.activeElement.closest('li.sesep-card');"
                                + " return c && document.activeElement.tagName === 'A' ? c.querySelector('h2').textContent.trim() : '';")));
                browser.press(Keys.ENTER);
                browser.waitFor(d -> d.getCurrentUrl().contains("servicio="));

                browser.tabTo("filing:fields:0:select");
                for (int i = 0; i < 6 && !"Trámite bancario".equals(selected(browser, "filing:fields:0:select")); i++) {
                    browser.press(Keys.ARROW_DOWN);
                }
                assertEquals("Trámite bancario", selected(browser, "filing:fields:0:select"));
                browser.tabTo("filing:fields:1:text").press("Ministerio de Salud");

                keyboardUpload(browser, "filing:reqs:0:", dui);
                keyboardUpload(browser, "filing:reqs:1:", constancia);

                browser.tabTo("filing:declaration_input").press(Keys.SPACE);
                browser.waitFor(d -> d.findElement(By.id("filing:declaration_input")).isSelected());
                browser.tabTo("filing:submit").press(Keys.ENTER);
                browser.waitFor(d -> d.getCurrentUrl().contains("/portal/solicitud.xhtml")
                        && browser.text().contains("Su solicitud fue presentada"));
                assertTrue(browser.text().contains("DUI teclado.pdf") && browser.text().contains("constancia teclado.png"),
                        browser.text());
            });
        } finally {
            try (Stream<Path> paths = Files.walk(files)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * One size policy on the filing form: a scanned DUI above its requirement's 5 MB is told at its
     * upload before it is sent, and by the server when the browser skips that check; the form keeps
     * what the citizen typed, and a smaller scan is then taken.
     */
    @Test
    void anOversizeDocumentIsToldAtItsUploadAndNothingTypedIsLost() throws Exception {
        Path files = Files.createTempDirectory("sesep-oversize");
        try (Browser browser = new Browser()) {
            Path tooLarge = Files.write(files.resolve("DUI escaneado a 600 ppp.pdf"), TestFiles.pdfOfSize(6 * 1024 * 1024));
            Path smaller = Files.write(files.resolve("DUI escaneado año 2026.pdf"), TestFiles.pdf("Documento Único de Identidad"));
            String employer = "Ministerio de Agricultura y Ganadería, Santa Tecla";
            browser.steps("filing-oversize", () -> {
                browser.login(DemoAccounts.CONTRIBUTOR, DemoAccounts.PASSWORD);
                PortalScreen.openConstanciaForm(browser);
                browser.find(By.id("filing:fields:1:text")).sendKeys(employer);

                choose(browser, tooLarge);
                browser.waitFor(d -> !duiMessage(browser).isEmpty());
                assertTrue(duiMessage(browser).contains("DUI escaneado a 600 ppp.pdf") && duiMessage(browser).contains("5.0 MB"),
                        duiMessage(browser));

                ((JavascriptExecutor) browser.driver()).executeScript("jQuery(document.querySelector(\"[id='filing:reqs:0:upload']"
                        + " input[type='file']\")).removeAttr('data-p-sizelimit').removeData('p-sizelimit');");
                choose(browser, tooLarge);
                browser.waitFor(d -> duiMessage(browser).contains("supera el tamaño máximo"));
                assertTrue(duiMessage(browser).contains("DUI escaneado a 600 ppp.pdf"), duiMessage(browser));
                assertFalse(browser.driver().findElement(By.id("filing:reqs:0:files")).getText().contains("600 ppp"), "nothing was taken");
                assertEquals(employer, browser.find(By.id("filing:fields:1:text")).getAttribute("value"), "what she typed stays");

                PortalScreen.upload(browser, "filing:reqs:0:", smaller);
                assertEquals("", duiMessage(browser));
                assertEquals(employer, browser.find(By.id("filing:fields:1:text")).getAttribute("value"));
            });
        } finally {
            try (Stream<Path> paths = Files.walk(files)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void choose(Browser browser, Path file) {
        browser.driver().findElement(By.cssSelector("[id='filing:reqs:0:upload'] input[type='file']"))
                .sendKeys(file.toAbsolutePath().toString());
    }

    private static String duiMessage(Browser browser) {
        return browser.driver().findElement(By.id("filing:reqs:0:uploadMessage")).getText();
    }

    /**
     * Tab to the upload's "Seleccionar archivo", give it the file (what a keyboard user does in the
     * browser's file dialog), and the focus is still at that upload when the file is listed.
     */
    private static void keyboardUpload(Browser browser, String prefix, Path file) {
        String upload = prefix + "upload";
        java.util.function.BooleanSupplier atUpload = () -> Boolean.TRUE.equals(((JavascriptExecutor) browser.driver())
                .executeScript("return !!document.activeElement.closest(\"[id='" + upload + "']\");"));
        browser.tabUntil(upload, atUpload);
        browser.driver().findElement(By.cssSelector("[id='" + upload + "'] input[type='file']"))
                .sendKeys(file.toAbsolutePath().toString());
        browser.waitFor(d -> d.findElement(By.id(prefix + "files")).getText().contains(file.getFileName().toString()));
        browser.awaitUploadRowsGone();
        browser.waitFor(d -> atUpload.getAsBoolean());
    }

    private static String attribute(Browser browser, String name) {
        return String.valueOf(((JavascriptExecutor) browser.driver()).executeScript(
                "return document.activeElement.getAttribute(arguments[0]);", name));
    }

    private static String selected(Browser browser, String id) {
        return new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id(id)))
                .getFirstSelectedOption().getText();
    }

    /**
     * The service's date fields read and write dd/mm/yyyy even in an en-US browser; a form sent with
     * mistakes gets GOV.UK's error summary: at the top, focused, "Error: " in the title, a link per
     * field message that puts the focus in its field.
     */
    @Test
    void datesAreDayMonthYearAndAnInvalidFormLeadsToItsErrorSummary() {
        try (Browser browser = new Browser("en-US")) {
            browser.steps("filing-error-summary", () -> {
                browser.login(DemoAccounts.CONTRIBUTOR, DemoAccounts.PASSWORD);
                PortalScreen.openConstanciaForm(browser);
                String title = browser.driver().getTitle();
                assertFalse(title.startsWith("Error:"), title);
                browser.find(By.id("filing:fields:2:date")).sendKeys("15/03/2020");
                browser.find(By.id("filing:fields:3:date")).sendKeys("31/13/2020");
                browser.find(By.id("filing:submit")).click();
                browser.waitFor(d -> !d.findElements(By.cssSelector(".sesep-error-summary")).isEmpty());

                String dateMessage = "Escriba la fecha como día/mes/año, por ejemplo 15/03/1985.";
                browser.waitFor(d -> browser.text().contains(dateMessage));
                assertEquals("15/03/2020", browser.find(By.id("filing:fields:2:date")).getAttribute("value"),
                        "a valid date comes back as it was typed, day first");
                browser.waitFor(d -> d.getTitle().startsWith("Error: "));
                browser.waitFor(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                        "return document.activeElement.classList.contains('sesep-error-summary');")));
                org.openqa.selenium.WebElement link = browser.find(By.cssSelector(
                        ".sesep-error-summary a[data-field='filing:fields:3:date']"));
                assertEquals(dateMessage, link.getText());
                assertTrue(browser.find(By.cssSelector(".sesep-error-summary")).getText().contains("Hay un problema"));
                browser.axe("nueva-solicitud error summary");

                link.click();
                browser.waitFor(d -> "filing:fields:3:date".equals(((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript("return document.activeElement.id;")));

                // Corrected, the date's message and its line in the summary go.
                browser.find(By.id("filing:fields:3:date")).clear();
                browser.find(By.id("filing:fields:3:date")).sendKeys("30/04/2021");
                browser.find(By.id("filing:submit")).click();
                browser.waitFor(d -> d.findElements(By.cssSelector(".sesep-error-summary a[data-field='filing:fields:3:date']")).isEmpty());
                assertFalse(browser.text().contains(dateMessage), browser.text());
                assertEquals("30/04/2021", browser.find(By.id("filing:fields:3:date")).getAttribute("value"));
            });
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
