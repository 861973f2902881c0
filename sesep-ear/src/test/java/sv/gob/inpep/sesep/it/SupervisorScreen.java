package sv.gob.inpep.sesep.it;

import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The supervisor's clicks of {@link SupervisionBrowserIT}, kept apart from the test class so that
 * the class, which also runs inside the server, never refers to Selenium.
 */
final class SupervisorScreen {

    private SupervisorScreen() {
    }

    static void release(String agentName, String serviceName, String reason) {
        try (Browser browser = new Browser()) {
            browser.steps("supervision-release", () -> {
                browser.login(DemoAccounts.SUPERVISOR, DemoAccounts.PASSWORD);
                browser.open("/panel/supervision/tablero.xhtml");
                assertTrue(agentRow(browser, agentName).contains("En atención"), agentRow(browser, agentName));

                // "Liberar" on that agent's line; the board redraws itself, so the row is looked up afresh.
                browser.waitFor(d -> {
                    d.findElement(By.xpath(rowXpath(agentName) + "//button[contains(@id, ':release')]")).click();
                    return true;
                });
                browser.find(By.id("board:reason"));
                browser.find(By.id("board:confirmRelease")).click();
                browser.waitFor(d -> browser.text().contains("Escriba el motivo por el que libera el ticket."));

                browser.find(By.id("board:reason")).sendKeys(reason);
                browser.find(By.id("board:confirmRelease")).click();
                browser.waitFor(d -> browser.text().contains("regresó a la cola con prioridad más alta"));
                browser.waitFor(d -> agentRow(browser, agentName).contains("No disponible"));
                browser.waitFor(d -> queueRow(browser, serviceName).contains(serviceName));
            });
        }
    }

    /**
     * This month's service levels list the service with its one request filed, on the page (table
     * and chart: nothing attended yet) and in the CSV and PDF downloads.
     */
    static void serviceLevels(String serviceName) {
        try (Browser browser = new Browser()) {
            browser.steps("supervision-levels", () -> {
                browser.login(DemoAccounts.SUPERVISOR, DemoAccounts.PASSWORD);
                browser.open("/panel/supervision/niveles.xhtml");
                String row = browser.find(By.xpath("//tbody[@id='levels:services_data']/tr[contains(., '" + serviceName + "')]"))
                        .getText();
                assertTrue(row.contains("5"), "target of 5 business days: " + row);
                String bar = browser.find(By.xpath("//div[@id='levels:chart']/div[contains(., '" + serviceName + "')]")).getText();
                assertTrue(bar.contains("sin atendidas"), bar);

                browser.find(By.id("levels:csv")).click();
                browser.waitFor(d -> csv(browser.downloads()) != null);
                String csv = csv(browser.downloads());
                assertTrue(csv.startsWith("\uFEFF\"Área\",\"Servicio\",\"Plazo (días hábiles)\",\"Presentadas\""), csv);
                assertTrue(csv.lines().anyMatch(l -> l.contains(serviceName) && l.contains(",\"5\",\"1\",\"0\",")), csv);

                browser.find(By.id("levels:pdf")).click();
                browser.waitFor(d -> pdfText(browser.downloads()) != null);
                String pdf = pdfText(browser.downloads());
                assertTrue(pdf.contains("Niveles de servicio") && pdf.contains("Área: Centro de Atención al Usuario ·"), pdf);
                assertTrue(pdf.lines().anyMatch(l -> l.startsWith(serviceName) && l.endsWith(" sin atendidas")),
                        "the chart's line of the service: " + pdf);
            });
        }
    }

    /** The downloaded CSV's text, once complete; null before. */
    private static String csv(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            Path file = files.filter(p -> p.toString().endsWith(".csv")).findFirst().orElse(null);
            return file == null ? null : Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    /** The downloaded PDF's text, once complete and readable; null before. */
    private static String pdfText(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            Path file = files.filter(p -> p.toString().endsWith(".pdf")).findFirst().orElse(null);
            return file == null ? null : String.join("\n", Pdfs.text(Files.readAllBytes(file)));
        } catch (IOException | RuntimeException stillWriting) {
            return null;
        }
    }

    private static String rowXpath(String agentName) {
        return "//tbody[@id='board:agents_data']/tr[contains(., '" + agentName + "')]";
    }

    private static String agentRow(Browser browser, String agentName) {
        return browser.find(By.xpath(rowXpath(agentName))).getText();
    }

    private static String queueRow(Browser browser, String serviceName) {
        try {
            return browser.driver().findElement(By.xpath("//tbody[@id='board:queue_data']/tr[contains(., '" + serviceName + "')]"))
                    .getText();
        } catch (NoSuchElementException notYet) {
            return "";
        }
    }

    /**
     * "Consulta de solicitudes": the citizen's DUI lists their requests; the one of the service
     * opens its record: the agent's turn ended by the Jefatura, and the release with its reason in
     * the trail, by this supervisor. Typed as in the answer's file name, the SEI opens the record
     * at once. An unreadable search says how to write it.
     */
    static void requestRecord(String citizenDui, String serviceName, String agentName, String reason) {
        try (Browser browser = new Browser()) {
            browser.steps("supervision-request-record", () -> {
                browser.login(DemoAccounts.SUPERVISOR, DemoAccounts.PASSWORD);
                browser.open("/panel/supervision/tablero.xhtml");
                browser.find(By.linkText("Consulta de solicitudes")).click();
                search(browser, "Orellana");
                browser.waitFor(d -> browser.text().contains("Escriba un número de SEI (SEI-2026000123)"));

                search(browser, citizenDui);
                browser.find(By.xpath("//table[@id='found']//tr[contains(., '" + serviceName + "')]//a")).click();
                String sei = browser.find(By.id("sei")).getText();
                String attention = browser.find(By.xpath("//table[@id='attentions']//tr[contains(., '" + agentName + "')]"))
                        .getText();
                assertTrue(attention.contains("Liberado por la jefatura"), attention);
                String release = browser.find(By.xpath("//table[@id='trail']//tr[contains(., 'Ticket liberado por la jefatura')]"))
                        .getText();
                assertTrue(release.contains(DemoAccounts.SUPERVISOR) && release.contains(reason), release);
                assertTrue(browser.text().contains("0 de 5 días hábiles, dentro del plazo"), browser.text());

                browser.find(By.id("back")).click();
                search(browser, sei.replace("-", ""));
                browser.waitFor(d -> d.findElement(By.id("sei")).getText().equals(sei));
            });
        }
    }

    /**
     * The board's link to "en riesgo": the service's overdue ticket is listed under its area and
     * service, and then as a ticket, waiting; the area filter offers only the supervisor's area.
     */
    static void atRisk(String servicePrefix) {
        try (Browser browser = new Browser()) {
            browser.steps("supervision-at-risk", () -> {
                browser.login(DemoAccounts.SUPERVISOR, DemoAccounts.PASSWORD);
                browser.open("/panel/supervision/tablero.xhtml");
                browser.find(By.linkText("Ver los tickets en riesgo de vencer su plazo")).click();
                browser.waitFor(d -> browser.text().contains("Tickets en riesgo"));
                String group = browser.find(By.xpath("//tbody[@id='risk:groups_data']/tr[contains(., '" + servicePrefix + "')]"))
                        .getText();
                assertTrue(group.contains("Centro de Atención al Usuario") && group.contains(" 1 0 "), group);
                String ticket = browser.find(By.xpath("//tbody[@id='risk:tickets_data']/tr[contains(., '" + servicePrefix + "')]"))
                        .getText();
                assertTrue(ticket.contains("vencido hace") && ticket.contains("días hábiles") && ticket.contains("En cola"), ticket);
                String areas = browser.find(By.id("risk:area")).getText() + browser.driver().getPageSource();
                assertTrue(!areas.contains("Departamento de Pensiones"), "only the supervisor's area is offered");
            });
        }
    }

    private static void search(Browser browser, String term) {
        browser.find(By.id("search:term")).clear();
        browser.find(By.id("search:term")).sendKeys(term);
        browser.find(By.id("search:find")).click();
    }
}
