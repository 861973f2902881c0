package sv.gob.inpep.sesep.it;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The browsers' side of {@link AgentWorkspaceBrowserIT}: the agent's clicks in "Atención al
 * Usuario" and the citizen's in the portal, side by side. Kept apart from the test class so that
 * the class, which also runs inside the server, never refers to Selenium.
 */
final class AgentScreen {

    /** The agent who waits, open between the steps of the test (the test JVM's side only). */
    private static Browser waiting;

    private AgentScreen() {
    }

    /**
     * {@code username} signs in and goes "Cambiar a disponible" with nothing of their competence
     * waiting: the desk says they wait. The page stays open for {@link #theTicketArrivesWithoutAReload}.
     */
    static void availableWithNothingWaiting(String username) {
        waiting = new Browser();
        waiting.login(username, DemoAccounts.PASSWORD);
        waiting.open("/panel/agente/atencion.xhtml");
        click(waiting, "desk:available");
        waiting.find(By.cssSelector("[id$='waiting']"));
        assertTrue(waiting.driver().findElements(By.id("sei")).isEmpty(), "nothing handed over yet");
        // A mark on the page's window: a reload or a navigation would wipe it.
        ((JavascriptExecutor) waiting.driver()).executeScript("window.sesepSamePage = true;");
    }

    /**
     * The ticket filed meanwhile reaches the waiting agent's screen by itself, without a reload, and
     * the attention timer runs; the agent then abandons it (back to the queue) and signs out.
     */
    static void theTicketArrivesWithoutAReload(String ticketPrefix) {
        try (Browser agent = waiting) {
            Browser.steps("agent-workspace-ticket-arrives", List.of(agent), () -> {
                agent.waitFor(d -> !d.findElements(By.id("sei")).isEmpty());
                assertTrue(agent.find(By.id("ticketNumber")).getText().startsWith(ticketPrefix), agent.text());
                assertEquals(Boolean.TRUE, ((JavascriptExecutor) agent.driver()).executeScript("return window.sesepSamePage === true;"),
                        "the ticket came onto the same page, not a reloaded one");
                String first = agent.find(By.id("elapsed")).getText();
                agent.waitFor(d -> !d.findElement(By.id("elapsed")).getText().equals(first));
                agent.axe("atencion after a ticket arrived");
                click(agent, "ws:abandonButton");
                click(agent, "ws:abandonConfirm");
                agent.waitFor(d -> d.findElements(By.id("sei")).isEmpty());
                return null;
            });
        } finally {
            waiting = null;
        }
    }

    /** The demo contributor files a "Constancia de tiempo de servicio" with the DUI (an image) and a PDF; its SEI. */
    static String citizenFiles() {
        Path folder = temporaryFolder();
        try (Browser citizen = new Browser()) {
            Path dui = Files.write(folder.resolve("DUI ambos lados.png"), TestFiles.png());
            Path constancia = Files.write(folder.resolve("constancia laboral.pdf"), TestFiles.pdf("Constancia laboral"));
            return Browser.steps("agent-workspace-citizen-files", List.of(citizen), () -> {
                citizen.login(DemoAccounts.CONTRIBUTOR, DemoAccounts.PASSWORD);
                return PortalScreen.fileConstancia(citizen, dui, constancia);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(folder);
        }
    }

    /**
     * Activities 1–22 and 31–33 on the citizen's request {@code sei}; between the answer and the
     * closing, the citizen finds it "Atendida" and downloads the answer stamped with the SEI.
     */
    static void answerWhileTheCitizenWatches(String sei) {
        Path response = Pdfs.file(3, "Constancia de tiempo de servicio");
        try (Browser agent = new Browser(); Browser citizen = new Browser()) {
            Browser.steps("agent-workspace-answer", List.of(agent, citizen), () -> {
                String fileName = answer(agent, sei, response);

                citizen.login(DemoAccounts.CONTRIBUTOR, DemoAccounts.PASSWORD);
                PortalScreen.openWhenInState(citizen, sei, "Atendida");
                assertTrue(citizen.find(By.id("status")).getText().contains("Atendida"));
                assertTrue(citizen.text().contains("(Respondida)"), citizen.text());
                // "Mi portal" offers the answer to download.
                citizen.open("/portal/inicio.xhtml");
                assertTrue(citizen.find(By.id("answered")).getText().contains(sei), citizen.text());
                citizen.find(By.xpath("//section[@id='answered']//a[normalize-space()='" + sei + "']")).click();
                citizen.waitFor(d -> d.getCurrentUrl().contains("/portal/solicitud.xhtml"));
                citizen.find(By.linkText(fileName)).click();
                Path downloaded = citizen.downloads().resolve(fileName);
                citizen.waitFor(d -> Files.isRegularFile(downloaded) && !Files.exists(Path.of(downloaded + ".crdownload")));
                List<String> pages = Pdfs.text(read(downloaded));
                assertEquals(3, pages.size());
                pages.forEach(page -> assertTrue(page.contains(sei) && page.contains("Constancia de tiempo de servicio"),
                        "every page of the answer carries the SEI: " + page));

                // Activities 31-33: "Terminar", "Cerrar Ticket", back to the initial screen; the SEI closes.
                click(agent, "ws:finishButton");
                assertTrue(agent.find(By.id("ws:responseLink")).getText().contains(fileName));
                click(agent, "ws:closeTicket");
                agent.waitFor(d -> d.findElements(By.id("sei")).isEmpty());
                assertEquals("No disponible", agent.find(By.id("agentStatus")).getText());
                PortalScreen.openWhenInState(citizen, sei, "Cerrada (Respondida)");
                return null;
            });
        } finally {
            delete(response);
        }
    }

    /**
     * Activities 23–26 and 34.2 on {@code sei}, with a note for the next agent; then the citizen
     * reads the observations and fixes the request with a new constancia and a comment.
     */
    static void observeAndTheCitizenFixes(String sei, String observations, String note, String comment) {
        Path folder = temporaryFolder();
        try (Browser agent = new Browser(); Browser citizen = new Browser()) {
            Path sealed = Files.write(folder.resolve("constancia con sello.pdf"), TestFiles.pdf("Constancia laboral sellada"));
            Browser.steps("agent-workspace-observe", List.of(agent, citizen), () -> {
                takeTicket(agent, sei);
                addNote(agent, note);
                click(agent, "ws:observeButton");
                // A dialog that takes the focus, with one confirm button.
                assertFocused(agent, "ws:observations");
                agent.find(By.id("ws:observations")).sendKeys(observations);
                click(agent, "ws:observeSend");
                agent.waitFor(d -> agent.text().contains("Observaciones enviadas al usuario"));
                assertTrue(agent.find(By.id("outcome")).getText().contains("Observada"));
                // Activity 34.2: once observed, the ticket cannot go back to the queue: "Abandonar" is
                // disabled like the other outcome buttons, and the hint it points to says why.
                for (String button : List.of("ws:abandonButton", "ws:answerButton", "ws:observeButton", "ws:denyButton")) {
                    assertTrue(!agent.find(By.id(button)).isEnabled(), button + " is disabled");
                    assertEquals("outcomeHint", agent.find(By.id(button)).getAttribute("aria-describedby"), button);
                }
                assertTrue(agent.find(By.id("outcomeHint")).getText().contains("Observada")
                        && agent.find(By.id("outcomeHint")).getText().contains("abandonar"), agent.find(By.id("outcomeHint")).getText());
                agent.screenshot(Path.of("target", "screenshots", "agent-outcome-hint.png"));
                click(agent, "ws:finishButton");
                click(agent, "ws:closeTicket");
                agent.waitFor(d -> d.findElements(By.id("sei")).isEmpty());

                citizen.login(DemoAccounts.CONTRIBUTOR, DemoAccounts.PASSWORD);
                PortalScreen.openWhenInState(citizen, sei, "Observada");
                assertTrue(citizen.text().contains(observations), citizen.text());
                String lastDay = citizen.find(By.cssSelector("#correctionWarning strong")).getText();
                assertTrue(lastDay.matches("\\d{2}/\\d{2}/\\d{4}"), lastDay);
                // "Mi portal" puts the observed request first, as something to fix, with its last day.
                citizen.open("/portal/inicio.xhtml");
                String observed = citizen.find(By.id("observed")).getText();
                assertTrue(observed.contains(sei) && observed.contains("Subsane a más tardar el " + lastDay), observed);
                citizen.find(By.xpath("//section[@id='observed']//a[normalize-space()='" + sei + "']")).click();
                citizen.waitFor(d -> d.getCurrentUrl().contains("/portal/solicitud.xhtml"));
                String fixed = PortalScreen.fix(citizen, 1, sealed, comment);
                assertTrue(fixed.contains(sei) && fixed.contains("Presentada"), fixed);
                return null;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(folder);
        }
    }

    /**
     * The fix comes back with a new ticket: the agent reads the citizen's comment, the new document
     * and the earlier note, denies and closes; the citizen reads the reasons.
     */
    static void denyTheFixedRequest(String sei, String comment, String earlierNote, String denial) {
        try (Browser agent = new Browser(); Browser citizen = new Browser()) {
            Browser.steps("agent-workspace-deny", List.of(agent, citizen), () -> {
                // The whole attention with the keyboard alone: Tab to each control, Enter on it.
                agent.open("/login.xhtml");
                agent.tabUntil("the user name", () -> "j_username".equals(String.valueOf(((JavascriptExecutor) agent.driver())
                        .executeScript("return document.activeElement.name;"))));
                agent.press(DemoAccounts.AGENT, Keys.TAB, DemoAccounts.PASSWORD, Keys.ENTER);
                agent.waitFor(d -> !d.getCurrentUrl().contains("login") && !d.getCurrentUrl().contains("j_security_check"));
                // A guessed file address of a ticket that is not the agent's: nothing but "not found".
                agent.open("/panel/agente/archivo?ticket=1&documento=1");
                assertTrue(agent.text().contains("Página no encontrada"), agent.text());

                agent.open("/panel/inicio.xhtml");
                agent.tabTo("menuAttention").press(Keys.ENTER);
                agent.waitFor(d -> d.getCurrentUrl().contains("/panel/agente/atencion.xhtml"));
                key(agent, "desk:available");
                assertEquals(sei, agent.find(By.id("sei")).getText(), "the ticket handed over is the citizen's");
                assertTrue(agent.text().contains(comment), "the citizen's comment");
                key(agent, "ws:serviceButton");
                agent.waitFor(d -> d.findElement(By.id("ws:notes")).getText().contains(earlierNote));
                assertTrue(agent.text().contains("constancia con sello.pdf"), "the document sent with the fix");
                // "No validar" without a reason: told on the document's own row, not in the banner at the top.
                key(agent, "ws:documents:0:invalidate");
                agent.waitFor(d -> d.findElement(By.id("ws:documents:0:invalidMessage")).getText()
                        .contains("Indique por qué el documento no es válido"));
                String banner = agent.driver().findElement(By.id("messages")).getText();
                assertTrue(!banner.contains("Indique por qué"), banner);
                key(agent, "ws:denyButton");
                assertFocused(agent, "ws:denialReasons");
                agent.press(denial);
                key(agent, "ws:denySend");
                agent.waitFor(d -> agent.text().contains("Denegatoria enviada al usuario"));
                key(agent, "ws:finishButton");
                assertTrue(agent.find(By.id("summaryOutcome")).getText().contains("Denegada"));
                // The same hh:mm:ss as the timer above it, not a count of seconds.
                String attentionTime = agent.find(By.id("summaryAttentionTime")).getText();
                assertTrue(attentionTime.matches("\\d{2}:\\d{2}:\\d{2}"), attentionTime);
                key(agent, "ws:closeTicket");
                agent.waitFor(d -> d.findElements(By.id("sei")).isEmpty());

                citizen.login(DemoAccounts.CONTRIBUTOR, DemoAccounts.PASSWORD);
                PortalScreen.openWhenInState(citizen, sei, "Cerrada (Denegada)");
                assertTrue(citizen.text().contains(denial), citizen.text());
                return null;
            });
        }
    }

    /** The demo contributor files a complaint about a Pensiones service; its SEI. */
    static String citizenFilesComplaint(String about, String description) {
        try (Browser citizen = new Browser()) {
            return Browser.steps("agent-workspace-complaint-filed", List.of(citizen), () -> {
                citizen.login(DemoAccounts.CONTRIBUTOR, DemoAccounts.PASSWORD);
                return PortalScreen.fileComplaint(citizen, about, description);
            });
        }
    }

    /**
     * A Pensiones agent ({@code agente4}, whose type attends complaints) is handed the complaint
     * {@code sei}, resolves it as procedente with {@code answer}, finishes and closes; the citizen
     * reads the finding and the answer on the request's page.
     */
    static void resolveComplaintAsProcedente(String sei, String about, String answer) {
        try (Browser agent = new Browser(); Browser citizen = new Browser()) {
            Browser.steps("agent-workspace-complaint", List.of(agent, citizen), () -> {
                agent.login("agente4", DemoAccounts.PASSWORD);
                agent.open("/panel/agente/atencion.xhtml");
                click(agent, "desk:available");
                assertEquals(sei, agent.find(By.id("sei")).getText(), "the complaint waits for Pensiones");
                assertTrue(agent.find(By.id("ticketNumber")).getText().startsWith("PWG-"));
                assertTrue(agent.find(By.id("complaintSubject")).getText().contains(about));
                assertEquals("Departamento de Pensiones", agent.find(By.id("complaintArea")).getText());
                assertTrue(agent.driver().findElements(By.id("ws:answerButton")).isEmpty(), "no answer document for a complaint");
                assertTrue(agent.driver().findElements(By.id("ws:denyButton")).isEmpty(), "no denial for a complaint");
                click(agent, "ws:resolveButton");
                agent.find(By.cssSelector("label[for='ws:complaintFinding:0']")).click();
                agent.find(By.id("ws:complaintAnswer")).sendKeys(answer);
                agent.axe("atencion complaint dialog");
                click(agent, "ws:complaintSend");
                agent.waitFor(d -> agent.text().contains("Resolución enviada al usuario"));
                assertTrue(agent.find(By.id("complaintOutcome")).getText().contains("Procedente"));
                click(agent, "ws:finishButton");
                click(agent, "ws:closeTicket");
                agent.waitFor(d -> d.findElements(By.id("sei")).isEmpty());

                citizen.login(DemoAccounts.CONTRIBUTOR, DemoAccounts.PASSWORD);
                PortalScreen.openWhenInState(citizen, sei, "Cerrada (Respondida)");
                assertEquals("Procedente", citizen.find(By.id("complaintFinding")).getText());
                assertEquals(answer, citizen.find(By.id("complaintAnswer")).getText());
                assertTrue(citizen.text().contains("Procedente: " + answer), "in the timeline");
                return null;
            });
        }
    }

    /** Activities 1–13 and 17–22: the agent takes {@code sei}, checks it, validates the documents, answers; the stamped file's name. */
    private static String answer(Browser agent, String sei, Path response) {
        takeTicket(agent, sei);
        assertTrue(agent.find(By.id("gestorCode")).getText().contains("G-CAU-01"), "gestor data (activity 1)");
        assertTrue(agent.find(By.id("agentType")).getText().contains("CAU-GEN"));
        assertEquals("José Antonio Martínez López", agent.find(By.id("applicantName")).getText());
        assertEquals("Cotizante", agent.find(By.id("applicantKind")).getText());
        assertEquals("106959357", agent.find(By.id("matricula")).getText());
        assertEquals("En atención", agent.find(By.id("agentStatus")).getText());
        assertEquals("Constancia de tiempo de servicio", agent.find(By.id("serviceName")).getText());

        // Activities 6-9: registry data and beneficiaries.
        click(agent, "ws:applicantButton");
        assertEquals("138702752037", agent.find(By.id("nup")).getText());
        click(agent, "ws:beneficiariesButton");
        agent.find(By.id("ws:beneficiaries"));

        // Activities 11-12: each document opens in a new tab; both are validated.
        click(agent, "ws:serviceButton");
        String href = agent.find(By.id("ws:documents:0:open")).getAttribute("href");
        assertEquals("_blank", agent.find(By.id("ws:documents:0:open")).getAttribute("target"));
        WebDriver driver = agent.driver();
        String workspaceTab = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        driver.get(href);
        agent.waitFor(d -> !d.findElements(By.tagName("img")).isEmpty());
        driver.close();
        driver.switchTo().window(workspaceTab);
        click(agent, "ws:documents:0:validate");
        agent.waitFor(d -> d.findElement(By.id("ws:documents:0:validation")).getText().equals("Validado"));
        click(agent, "ws:documents:1:validate");
        agent.waitFor(d -> d.findElement(By.id("ws:documents:1:validation")).getText().equals("Validado"));

        // The libreta de control de atenciones.
        addNote(agent, "Documentos conformes; se emite la constancia.");

        // Activities 17-22: "Aceptar", "Adjunto", check SEI and ticket, "Aceptar".
        // A dialog, the focus in it; the send button waits for a checked file.
        click(agent, "ws:answerButton");
        assertEquals(sei, agent.find(By.id("answerSei")).getText());
        String ticket = agent.find(By.id("answerTicket")).getText();
        agent.waitFor(d -> focusedId(agent).startsWith("answerForm:"));
        assertTrue(!agent.find(By.id("answerForm:answerSend")).isEnabled(), "nothing to send before the upload");
        largeAnswers(agent);
        long before = scrollY(agent);
        chooseAnswer(agent, response);
        String fileName = sei.replace("-", "") + " " + ticket + ".pdf";
        agent.waitFor(d -> d.findElement(By.id("answerCheck")).getText().contains(response.getFileName().toString())
                && d.findElement(By.id("answerCheck")).getText().contains(fileName));
        assertTrue(agent.find(By.id("answerCheck")).getText().contains("3 páginas"));
        agent.awaitUploadRowsGone();
        // No reload: the page stays where it was and the focus at the upload, not on <body>.
        assertEquals(before, scrollY(agent), "the page did not jump");
        assertTrue(focusedId(agent).startsWith("answerForm:upload"), "focus at the upload: " + focusedId(agent));
        agent.axe("atencion answer dialog with file");
        agent.screenshot(Path.of("target", "screenshots", "agent-answer-dialog.png"));
        click(agent, "answerForm:answerSend");
        agent.waitFor(d -> agent.text().contains("Respuesta enviada al usuario"));
        assertTrue(agent.find(By.id("outcome")).getText().contains("Respondida"));
        return fileName;
    }

    /**
     * One size policy at the answer's upload (20 MB, configured): a 21 MB answer is told at the
     * upload before it is sent, and also when the browser skips that check and the server refuses
     * the body; either way the page keeps the agent's note and validations. An 18 MB answer is
     * taken and checked. The answer actually sent is chosen afterwards.
     */
    private static void largeAnswers(Browser agent) {
        Path folder = temporaryFolder();
        try {
            Path tooLarge = Files.write(folder.resolve("respuesta escaneada 21 MB.pdf"), TestFiles.pdfOfSize(21 * 1024 * 1024));
            Path large = Files.write(folder.resolve("respuesta escaneada 18 MB.pdf"), TestFiles.pdfOfSize(18 * 1024 * 1024));

            chooseAnswer(agent, tooLarge);
            agent.waitFor(d -> !uploadMessage(agent).isEmpty());
            String told = uploadMessage(agent);
            assertTrue(told.contains("respuesta escaneada 21 MB.pdf") && told.contains("20.0 MB"), told);

            // A browser that does not check: the server refuses the body and says so at the same place.
            ((JavascriptExecutor) agent.driver()).executeScript("jQuery(document.getElementById('answerForm:upload_input'))"
                    + ".removeAttr('data-p-sizelimit').removeData('p-sizelimit');");
            chooseAnswer(agent, tooLarge);
            agent.waitFor(d -> uploadMessage(agent).contains("demasiado grande"));
            assertTrue(uploadMessage(agent).contains("las respuestas de los agentes hasta 20 MB"), uploadMessage(agent));
            assertTrue(!agent.find(By.id("answerForm:answerSend")).isEnabled(), "nothing to send after a refusal");
            assertTrue(agent.driver().findElement(By.id("ws:notes")).getText().contains("Documentos conformes"), "the note stays");
            agent.awaitUploadRowsGone();
            agent.axe("atencion answer refused for its size");
            // The window closed and opened again: the documents are still validated.
            click(agent, "answerForm:answerCancel");
            click(agent, "ws:serviceButton");
            assertEquals("Validado", agent.find(By.id("ws:documents:0:validation")).getText(), "validations stay");
            assertEquals("Validado", agent.find(By.id("ws:documents:1:validation")).getText(), "validations stay");
            click(agent, "ws:answerButton");
            agent.waitFor(d -> focusedId(agent).startsWith("answerForm:"));

            chooseAnswer(agent, large);
            // Sent, unpacked, checked and rewritten without active content: more than the usual wait.
            new WebDriverWait(agent.driver(), Duration.ofSeconds(90))
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> !d.findElements(By.id("answerCheck")).isEmpty()
                            && d.findElement(By.id("answerCheck")).getText().contains("respuesta escaneada 18 MB.pdf"));
            assertEquals("", uploadMessage(agent), "the refusal is gone once a file is taken");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(folder);
        }
    }

    private static void chooseAnswer(Browser agent, Path file) {
        agent.driver().findElement(By.cssSelector("[id='answerForm:upload'] input[type='file']")).sendKeys(file.toString());
    }

    private static String uploadMessage(Browser agent) {
        return agent.driver().findElement(By.id("answerForm:uploadMessage")).getText();
    }

    /** The demo agent logs in if needed, goes "Cambiar a disponible" and must be handed exactly {@code sei}. */
    private static void takeTicket(Browser agent, String sei) {
        if (!agent.driver().getCurrentUrl().contains("/panel/")) {
            agent.login(DemoAccounts.AGENT, DemoAccounts.PASSWORD);
        }
        agent.open("/panel/agente/atencion.xhtml");
        click(agent, "desk:available");
        assertEquals(sei, agent.find(By.id("sei")).getText(), "the ticket handed over is the citizen's");
    }

    private static void addNote(Browser agent, String note) {
        agent.find(By.id("ws:note")).sendKeys(note);
        click(agent, "ws:addNote");
        agent.waitFor(d -> d.findElement(By.id("ws:notes")).getText().contains(note));
    }

    /** The id of the element that has the keyboard focus ("" for none, i.e. {@code <body>}). */
    static String focusedId(Browser browser) {
        Object id = ((JavascriptExecutor) browser.driver()).executeScript(
                "var a = document.activeElement; return a && a !== document.body ? a.id : '';");
        return String.valueOf(id);
    }

    private static void assertFocused(Browser browser, String id) {
        browser.waitFor(d -> id.equals(focusedId(browser)));
    }

    private static long scrollY(Browser browser) {
        return ((Number) ((JavascriptExecutor) browser.driver()).executeScript("return Math.round(window.scrollY);")).longValue();
    }

    /** Tab to the control {@code id} and press Enter on it, then wait as {@link #click} does. */
    private static void key(Browser browser, String id) {
        browser.tabTo(id).press(Keys.ENTER);
        settle(browser, id);
    }

    private static void click(Browser browser, String id) {
        browser.find(By.id(id)).click();
        settle(browser, id);
    }

    private static void settle(Browser browser, String id) {
        // PrimeFaces marks the document busy during Ajax; wait until the update is in.
        browser.waitFor(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && (!window.PrimeFaces || !PrimeFaces.ajax"
                        + " || PrimeFaces.ajax.Queue.isEmpty());")));
        browser.axe("atencion after " + id);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("sesep-citizen");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path path) {
        try (Stream<Path> paths = Files.walk(path)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A temporary file left behind is harmless.
        }
    }
}
