package sv.gob.inpep.sesep.it;

import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A citizen's clicks in the portal, shared by the browser tests: filing the demo's "Constancia de
 * tiempo de servicio", reading a request's state in "Mis solicitudes", fixing an observed request,
 * paging through many requests.
 * Kept apart from the test classes so that classes which also run inside the server never refer to
 * Selenium.
 */
final class PortalScreen {

    static final String SERVICE = "Constancia de tiempo de servicio";
    private static final Pattern SEI = Pattern.compile("SEI-\\d{10}");

    private PortalScreen() {
    }

    /**
     * Files the service with its two fields and two documents (the DUI first, then the constancia
     * laboral), accepts the declaration and submits; returns the SEI shown on the request's page,
     * where the browser stays.
     */
    static String fileConstancia(Browser browser, Path dui, Path constancia) {
        openConstanciaForm(browser);
        browser.axe("nueva-solicitud form");

        // The service's own fields, rendered from the catalogue.
        new Select(browser.find(By.id("filing:fields:0:select"))).selectByVisibleText("Trámite bancario");
        browser.find(By.id("filing:fields:1:text")).sendKeys("Ministerio de Educación, Ciencia y Tecnología");

        // Two documents, each uploaded and checked as soon as it is chosen.
        upload(browser, "filing:reqs:0:", dui);
        upload(browser, "filing:reqs:1:", constancia);
        browser.axe("nueva-solicitud with documents");

        browser.find(By.cssSelector("[id='filing:declaration'] .ui-chkbox-box")).click();
        browser.find(By.id("filing:submit")).click();
        browser.waitFor(d -> d.getCurrentUrl().contains("/portal/solicitud.xhtml")
                && browser.text().contains("Su solicitud fue presentada"));
        browser.axe("solicitud just filed");
        Matcher sei = SEI.matcher(browser.text());
        assertTrue(sei.find(), browser.text());
        return sei.group();
    }

    /**
     * Opens the form of {@link #SERVICE} (its first field a choice, its second a text, its third and
     * fourth dates).
     */
    static void openConstanciaForm(Browser browser) {
        browser.open("/portal/nueva-solicitud.xhtml");
        WebElement card = browser.find(By.xpath(
                "//li[contains(@class,'sesep-card')][.//h2[normalize-space()='" + SERVICE + "']]"));
        card.findElement(By.linkText("Solicitar")).click();
        browser.waitFor(d -> d.getCurrentUrl().contains("servicio="));
        browser.find(By.id("filing"));
    }

    /**
     * Files a "Queja o reclamo" about the catalogue service {@code about} (chosen among the
     * services the form offers), with its kind and description; returns the SEI shown.
     */
    static String fileComplaint(Browser browser, String about, String description) {
        browser.open("/portal/nueva-solicitud.xhtml");
        browser.find(By.xpath("//li[contains(@class,'sesep-card')][.//h2[normalize-space()='Queja o reclamo']]"))
                .findElement(By.linkText("Solicitar")).click();
        browser.waitFor(d -> d.getCurrentUrl().contains("servicio="));
        // Submitted without naming what it is about: told next to the choice.
        browser.find(By.cssSelector("[id='filing:declaration'] .ui-chkbox-box")).click();
        browser.find(By.id("filing:submit")).click();
        browser.waitFor(d -> browser.text().contains("Indique sobre qué es su queja o reclamo."));
        browser.axe("nueva-solicitud queja refused");
        new Select(browser.find(By.id("filing:complaintSubject"))).selectByVisibleText(about);
        new Select(browser.find(By.id("filing:fields:0:select"))).selectByVisibleText("Queja");
        browser.find(By.id("filing:fields:2:area")).sendKeys(description);
        browser.axe("nueva-solicitud queja");
        // The ticked declaration survives the refused submit; its input is hidden behind PrimeFaces' box.
        if (!browser.driver().findElement(By.cssSelector("[id='filing:declaration'] input")).isSelected()) {
            browser.find(By.cssSelector("[id='filing:declaration'] .ui-chkbox-box")).click();
        }
        browser.find(By.id("filing:submit")).click();
        browser.waitFor(d -> d.getCurrentUrl().contains("/portal/solicitud.xhtml")
                && browser.text().contains("Su solicitud fue presentada"));
        assertTrue(browser.find(By.id("complaintSubject")).getText().contains(about), browser.text());
        assertEquals("Departamento de Pensiones", browser.find(By.id("complaintArea")).getText());
        assertEquals("Pendiente", browser.find(By.id("complaintFinding")).getText());
        browser.axe("solicitud queja just filed");
        Matcher sei = SEI.matcher(browser.text());
        assertTrue(sei.find(), browser.text());
        return sei.group();
    }

    /** The request's row in "Mis solicitudes": SEI, service, state (and resolution), dates, ticket. */
    static String myRequestsRow(Browser browser, String sei) {
        browser.open("/portal/mis-solicitudes.xhtml");
        return browser.find(By.xpath("//table[@id='requests']//tr[.//a[normalize-space()='" + sei + "']]")).getText();
    }

    /** Opens the request from "Mis solicitudes", reloading until its state reads {@code state}. */
    static void openWhenInState(Browser browser, String sei, String state) {
        browser.waitFor(d -> myRequestsRow(browser, sei).contains(state));
        browser.find(By.linkText(sei)).click();
        browser.waitFor(d -> d.getCurrentUrl().contains("/portal/solicitud.xhtml"));
        assertTrue(browser.find(By.id("status")).getText().startsWith(state.split(" ")[0]), browser.text());
        browser.axe("solicitud " + state);
    }

    /**
     * "Subsanar" on the observed request's page: a new file for the document {@code requirement}
     * and a comment; returns the page's text once the fix was received.
     */
    static String fix(Browser browser, int requirement, Path file, String comment) {
        browser.find(By.id("fix")).click();
        browser.waitFor(d -> d.getCurrentUrl().contains("/portal/subsanar.xhtml"));
        browser.axe("subsanar form");
        upload(browser, "fix:reqs:" + requirement + ":", file);
        browser.find(By.id("fix:comment")).sendKeys(comment);
        browser.find(By.id("fix:submit")).click();
        browser.waitFor(d -> browser.text().contains("Su subsanación fue recibida"));
        return browser.text();
    }

    /**
     * "Desistir de la solicitud" on the request's page: asks, is answered "No, conservarla" the
     * first time (nothing happens), then confirms; returns the page's text once it is closed.
     */
    static String withdraw(Browser browser, String sei) {
        browser.find(By.id("withdrawal:withdraw")).click();
        browser.waitFor(d -> browser.text().contains("¿Confirma que desea desistir de la solicitud " + sei + "?"));
        browser.find(By.id("withdrawal:withdrawCancel")).click();
        browser.waitFor(d -> !browser.text().contains("¿Confirma que desea desistir"));
        assertTrue(browser.find(By.id("status")).getText().startsWith("Presentada"), "kept: " + browser.text());
        browser.find(By.id("withdrawal:withdraw")).click();
        browser.waitFor(d -> browser.text().contains("¿Confirma que desea desistir de la solicitud " + sei + "?"));
        browser.find(By.id("withdrawal:withdrawConfirm")).click();
        browser.waitFor(d -> browser.text().contains("Usted desistió de la solicitud " + sei));
        return browser.text();
    }

    /** Chooses a file in the p:fileUpload whose ids start with {@code prefix} and waits until it is listed. */
    static void upload(Browser browser, String prefix, Path file) {
        WebElement input = browser.driver().findElement(By.cssSelector("[id='" + prefix + "upload'] input[type='file']"));
        input.sendKeys(file.toAbsolutePath().toString());
        // The list is re-rendered by the upload's Ajax update: look it up afresh on every try.
        browser.waitFor(d -> {
            try {
                return d.findElement(By.id(prefix + "files")).getText().contains(file.getFileName().toString());
            } catch (StaleElementReferenceException | NoSuchElementException e) {
                return false;
            }
        });
        browser.awaitUploadRowsGone();
    }

    /**
     * A citizen with {@code filed} requests (41 to 60: three pages; {@code observed} observed, up to
     * five, {@code answered} answered, more than five, the rest on their way; SEIs numbered in filing
     * order) reads them: "Mi portal" shows the newest
     * five of each list and how many more there are; "Mis solicitudes" twenty to a page, newest
     * first, through its links and through typed addresses.
     */
    static void readManyRequests(String citizen, int filed, int observed, int answered) {
        int inProgress = filed - observed - answered;
        try (Browser browser = new Browser()) {
            browser.steps("my-requests-pages", () -> {
                browser.login(citizen, DemoAccounts.PASSWORD);

                // "Mi portal": the newest five of each list, and how many more "Mis solicitudes" holds.
                browser.open("/portal/inicio.xhtml");
                assertEquals(observed, items(browser, "observed"));
                assertTrue(browser.driver().findElements(By.id("observedMore")).isEmpty(), browser.text());
                assertEquals(5, items(browser, "answered"));
                assertEquals("Hay " + (answered - 5) + " más en Mis solicitudes.", browser.find(By.id("answeredMore")).getText());
                assertEquals(5, items(browser, "inProgress"));
                assertEquals("Hay " + (inProgress - 5) + " más en Mis solicitudes.", browser.find(By.id("inProgressMore")).getText());

                // "Mis solicitudes", page by page through the links, newest first and none twice.
                browser.open("/portal/mis-solicitudes.xhtml");
                List<String> seis = new ArrayList<>(page(browser, 1, 20, filed));
                assertTrue(browser.driver().findElements(By.id("previousPage")).isEmpty(), "no page before the first");
                browser.find(By.id("nextPage")).click();
                seis.addAll(page(browser, 2, 20, filed));
                browser.find(By.id("nextPage")).click();
                seis.addAll(page(browser, 3, filed - 40, filed));
                assertTrue(browser.driver().findElements(By.id("nextPage")).isEmpty(), "no page after the last");
                assertEquals(filed, new HashSet<>(seis).size(), seis.toString());
                List<String> newestFirst = new ArrayList<>(seis);
                newestFirst.sort(Comparator.reverseOrder());
                assertEquals(newestFirst, seis, "the SEIs were numbered as filed: newest first");
                browser.find(By.id("previousPage")).click();
                assertEquals(seis.subList(20, 40), page(browser, 2, 20, filed));

                // A typed address: a page past the end shows the last one, one that is no number the first.
                browser.open("/portal/mis-solicitudes.xhtml?pagina=99");
                assertEquals(seis.subList(40, filed), page(browser, 3, filed - 40, filed));
                browser.open("/portal/mis-solicitudes.xhtml?pagina=uno");
                assertEquals(seis.subList(0, 20), page(browser, 1, 20, filed));
            });
        }
    }

    private static int items(Browser browser, String section) {
        return browser.find(By.id(section)).findElements(By.cssSelector("li")).size();
    }

    /** The SEIs of the page shown, after checking that it is page {@code number} with {@code rows} requests. */
    private static List<String> page(Browser browser, int number, int rows, int filed) {
        browser.waitFor(d -> browser.find(By.id("pageOf")).getText().equals("Página " + number + " de " + (filed + 19) / 20));
        int first = (number - 1) * 20 + 1;
        assertEquals("Solicitudes " + first + " a " + (first + rows - 1) + " de " + filed
                + ", de la más reciente a la más antigua.", browser.find(By.id("shown")).getText());
        List<String> seis = browser.driver().findElements(By.cssSelector("#requests tbody tr td:first-child a"))
                .stream().map(WebElement::getText).toList();
        assertEquals(rows, seis.size(), seis.toString());
        return seis;
    }
}
