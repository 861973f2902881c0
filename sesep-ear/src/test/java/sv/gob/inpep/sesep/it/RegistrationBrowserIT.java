package sv.gob.inpep.sesep.it;

import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Opening an account as a citizen would, in a real browser: the registration page, the link in the
 * mail (caught by a real SMTP server in this JVM), the login, and the portal's menu. Also what the
 * page says to mistakes: next to the field for a malformed DUI or a weak password, and one generic
 * message for a mismatch with the registry or an existing account.
 */
@ExtendWith(ArquillianExtension.class)
@Tag(Screens.TAG)
@RunAsClient
class RegistrationBrowserIT {

    private static final String PASSWORD = "mi primera cuenta en sesep";
    private static final String GENERIC = "No fue posible crear la cuenta con los datos ingresados";
    private static final String CHECK_MAIL = "Revise su correo electrónico";
    /** The demo contributor's last employer (README, "Demo accounts"). */
    private static final String EMPLOYER = "Ministerio de Educación, Ciencia y Tecnología";

    @Test
    void aContributorRegistersOnThePageOpensTheMailedLinkAndLogsIn() throws Exception {
        try (Mailbox mailbox = new Mailbox(); Browser browser = new Browser()) {
            // Contributors of the demo registry, last first (each test its own three); one already
            // registered by an earlier run on the same database gets the generic refusal, and the
            // next one is tried.
            // Each types an address of their own; the registry holds another, where the link goes.
            Contributor registered = null;
            for (Contributor candidate : contributors().subList(0, 3)) {
                fillRegistration(browser, "CONTRIBUTOR", candidate.dui(), candidate.nup(),
                        String.valueOf(candidate.year()), sloppy(candidate.employer()), emailOf(candidate), PASSWORD);
                browser.waitFor(d -> browser.text().contains(CHECK_MAIL) || browser.text().contains(GENERIC));
                if (browser.text().contains(CHECK_MAIL)) {
                    browser.axe("registro mail sent");
                    registered = candidate;
                    break;
                }
            }
            assertNotNull(registered, "one of the demo contributors could register");
            String registry = registered.email();
            assertTrue(browser.text().contains("al correo que el INPEP tiene registrado para usted ("
                    + registry.substring(0, 2) + "•••" + registry.substring(registry.indexOf('@')) + ")"),
                    "the page says where the link went, mostly hidden: " + browser.text());
            assertFalse(browser.text().contains(registry), "not in full");

            MimeMessage mail = Mails.awaitTo(mailbox, registry, 1, 30_000).get(0);
            assertTrue(mail.getSubject().contains("se abrió una cuenta con su DUI"), mail.getSubject());
            assertTrue(Mails.to(mailbox, emailOf(registered)).isEmpty(), "the typed address gets no link");
            browser.driver().get(Mails.link(mail, "/cuenta/verificar.xhtml"));
            browser.waitFor(d -> browser.text().contains("quedó verificado"));
            browser.axe("verificar verified");

            browser.login(registered.dui(), PASSWORD);
            browser.open("/index.xhtml");
            String page = browser.text();
            assertTrue(page.contains("Mis solicitudes"), page);
            assertFalse(page.contains("Plantillas de correo"));
        }
    }

    @Test
    void aForgottenPasswordIsReplacedThroughThePagesAndTheMailedLink() throws Exception {
        String newPassword = "la nueva clave de la familia";
        try (Mailbox mailbox = new Mailbox(); Browser browser = new Browser()) {
            Contributor citizen = null;
            for (Contributor candidate : contributors().subList(3, 6)) {
                fillRegistration(browser, "CONTRIBUTOR", candidate.dui(), candidate.nup(),
                        String.valueOf(candidate.year()), candidate.employer(), candidate.email(), PASSWORD);
                browser.waitFor(d -> browser.text().contains(CHECK_MAIL) || browser.text().contains(GENERIC));
                if (browser.text().contains(CHECK_MAIL)) {
                    assertTrue(browser.text().contains("Le enviamos un mensaje a " + candidate.email()), browser.text());
                    citizen = candidate;
                    break;
                }
            }
            assertNotNull(citizen, "one of the demo contributors could register");
            browser.driver().get(Mails.link(Mails.awaitTo(mailbox, citizen.email(), 1, 30_000).get(0), "/cuenta/verificar.xhtml"));
            browser.waitFor(d -> browser.text().contains("quedó verificado"));

            browser.open("/login.xhtml");
            browser.find(By.id("forgotPassword")).click();
            browser.find(By.id("forgotForm:email")).sendKeys(citizen.email());
            browser.find(By.id("forgotForm:send")).click();
            browser.waitFor(d -> browser.text().contains("Si el correo corresponde a una cuenta de SESEP"));

            MimeMessage reset = Mails.awaitTo(mailbox, citizen.email(), 2, 30_000).get(1);
            browser.driver().get(Mails.link(reset, "/cuenta/restablecer.xhtml"));
            browser.find(By.id("resetForm:password")).sendKeys("corta");
            browser.find(By.id("resetForm:confirmation")).sendKeys("corta");
            browser.find(By.id("resetForm:save")).click();
            browser.waitFor(d -> d.findElement(By.id("resetForm:passwordMessage")).getText().contains("al menos 12 caracteres"));
            browser.axe("restablecer with field errors");
            browser.find(By.id("resetForm:password")).sendKeys(newPassword);
            browser.find(By.id("resetForm:confirmation")).sendKeys(newPassword);
            browser.find(By.id("resetForm:save")).click();
            browser.waitFor(d -> browser.text().contains("Su contraseña fue cambiada"));
            browser.axe("restablecer done");

            browser.login(citizen.dui(), newPassword);
            browser.open("/index.xhtml");
            assertTrue(browser.text().contains("Mis solicitudes"), browser.text());
        }
    }

    /**
     * "Mis datos" on a fresh account, reached with Tab from the menu: a phone that is no phone is
     * told next to its field, a right one is kept; a new e-mail address asks for the current
     * password, and is used only once the link the mail to it carries is opened in the session.
     * The old address is told of the request and of the change.
     */
    @Test
    void aCitizenChangesPhoneAndEmailInMisDatosAndConfirmsTheNewAddressFromItsMail() throws Exception {
        String password = "la contraseña de la señora Peña, año 2026";
        try (Mailbox mailbox = new Mailbox(); Browser browser = new Browser()) {
            Contributor citizen = null;
            for (Contributor candidate : contributors().subList(6, 9)) {
                fillRegistration(browser, "CONTRIBUTOR", candidate.dui(), candidate.nup(),
                        String.valueOf(candidate.year()), candidate.employer(), candidate.email(), password);
                browser.waitFor(d -> browser.text().contains(CHECK_MAIL) || browser.text().contains(GENERIC));
                if (browser.text().contains(CHECK_MAIL)) {
                    citizen = candidate;
                    break;
                }
            }
            assertNotNull(citizen, "one of the demo contributors could register");
            String old = citizen.email();
            String fresh = "nuevo" + citizen.dui().replace("-", "") + "@correo.example";
            browser.driver().get(Mails.link(Mails.awaitTo(mailbox, old, 1, 30_000).get(0), "/cuenta/verificar.xhtml"));
            browser.waitFor(d -> browser.text().contains("quedó verificado"));
            browser.login(citizen.dui(), password);

            browser.tabTo("menuMyData").press(org.openqa.selenium.Keys.ENTER);
            browser.waitFor(d -> d.getCurrentUrl().contains("/portal/mis-datos.xhtml"));
            browser.axe("mis-datos");
            assertEquals(old, browser.find(By.id("currentEmail")).getText());
            assertEquals("page", browser.find(By.id("menuMyData")).getAttribute("aria-current"));

            browser.find(By.id("phoneForm:phone")).sendKeys("teléfono de mi mamá");
            browser.find(By.id("phoneForm:savePhone")).click();
            browser.waitFor(d -> d.findElement(By.id("phoneForm:phoneMessage")).getText().contains("número de teléfono válido"));
            browser.axe("mis-datos phone refused");
            browser.find(By.id("phoneForm:phone")).clear();
            browser.find(By.id("phoneForm:phone")).sendKeys("7777-1234");
            browser.find(By.id("phoneForm:savePhone")).click();
            browser.waitFor(d -> browser.text().contains("Su teléfono de contacto fue actualizado."));
            assertEquals("7777-1234", browser.find(By.id("currentPhone")).getText());

            browser.find(By.id("emailForm:email")).sendKeys(fresh);
            browser.find(By.id("emailForm:password")).sendKeys("no es mi contraseña");
            browser.find(By.id("emailForm:requestEmail")).click();
            browser.waitFor(d -> browser.text().contains("La contraseña actual no es correcta."));
            browser.axe("mis-datos wrong password");
            browser.find(By.id("emailForm:password")).clear();
            browser.find(By.id("emailForm:password")).sendKeys(password);
            browser.find(By.id("emailForm:requestEmail")).click();
            browser.waitFor(d -> browser.text().contains("Le enviamos un enlace a " + fresh));
            browser.axe("mis-datos link sent");
            browser.screenshot(java.nio.file.Path.of("target", "screenshots", "mis-datos-link-sent.png"));
            assertTrue(browser.find(By.id("pendingEmail")).getText().contains(fresh), browser.text());
            assertEquals(old, browser.find(By.id("currentEmail")).getText(), "not before the link is opened");

            MimeMessage verify = Mails.awaitTo(mailbox, fresh, 1, 30_000).get(0);
            assertTrue(verify.getSubject().contains("confirme su nuevo correo"), verify.getSubject());
            browser.driver().get(Mails.link(verify, "/portal/confirmar-correo.xhtml"));
            browser.waitFor(d -> browser.text().contains("Su correo electrónico ahora es " + fresh));
            browser.axe("confirmar-correo done");
            browser.find(By.id("toMyData")).click();
            browser.waitFor(d -> d.getCurrentUrl().contains("/portal/mis-datos.xhtml"));
            assertEquals(fresh, browser.find(By.id("currentEmail")).getText());
            assertTrue(browser.driver().findElements(By.id("pendingEmail")).isEmpty(), browser.text());

            List<MimeMessage> told = Mails.awaitTo(mailbox, old, 3, 30_000);
            assertTrue(told.get(1).getSubject().contains("se pidió cambiar su correo"), told.get(1).getSubject());
            assertTrue(told.get(2).getSubject().contains("su correo electrónico fue cambiado"), told.get(2).getSubject());
        }
    }

    @Test
    void mistakesShowNextToTheirFieldAndAMismatchGetsOneGenericMessage() {
        try (Browser browser = new Browser()) {
            fillRegistration(browser, "CONTRIBUTOR", "04512378-7", "138702752037", "1997", EMPLOYER, "jose@correo.example", "corta");
            browser.waitFor(d -> d.findElement(By.id("registerForm:duiMessage")).getText().contains("DUI válido"));
            assertTrue(browser.driver().findElement(By.id("registerForm:passwordMessage")).getText()
                    .contains("al menos 12 caracteres"));
            // Once each, next to its field: the page's message list at the top does not repeat them
            // (the error summary links to them, GOV.UK's pattern).
            assertEquals(1, occurrences(besidesSummary(browser), "DUI válido"), browser.text());
            assertEquals(1, occurrences(besidesSummary(browser), "al menos 12 caracteres"), browser.text());
            assertEquals(1, occurrences(summary(browser), "DUI válido"), summary(browser));
            browser.axe("registro with field errors");

            // A year that is no year is told next to its field.
            fillRegistration(browser, "CONTRIBUTOR", DemoAccounts.CONTRIBUTOR, "138702752037", "mil", EMPLOYER,
                    "jose@correo.example", PASSWORD);
            browser.waitFor(d -> d.findElement(By.id("registerForm:yearMessage")).getText().contains("cuatro dígitos"));

            // The demo contributor with the right numbers and facts already has an account ...
            fillRegistration(browser, "CONTRIBUTOR", DemoAccounts.CONTRIBUTOR, "138702752037", "1997", EMPLOYER,
                    "jose@correo.example", PASSWORD);
            browser.waitFor(d -> browser.text().contains(GENERIC));
            browser.axe("registro refused");
            String existing = message(browser);
            // ... and the right numbers with another employer get exactly the same words.
            fillRegistration(browser, "CONTRIBUTOR", DemoAccounts.CONTRIBUTOR, "138702752037", "1997",
                    "Ministerio de Salud", "jose@correo.example", PASSWORD);
            browser.waitFor(d -> browser.text().contains(GENERIC));
            assertTrue(message(browser).equals(existing), message(browser) + " / " + existing);
            assertFalse(browser.text().contains(CHECK_MAIL));
            assertFalse(message(browser).contains("empleador") || message(browser).contains("año"), "names no field");
        }
    }

    @Test
    void theFactsAskedFollowTheCalidad() {
        try (Browser browser = new Browser()) {
            browser.open("/portal/registro.xhtml");
            assertTrue(browser.text().contains("Datos de su afiliación"), browser.text());
            assertEquals("Año de su primera afiliación al INPEP", label(browser, "year"));
            assertEquals("Último empleador", label(browser, "employer"));
            browser.find(By.cssSelector("label[for='registerForm:kind:2']")).click();
            browser.waitFor(d -> label(browser, "year").equals("Año de su inscripción como beneficiario"));
            browser.axe("registro as beneficiary");
            assertEquals("Último empleador del titular", label(browser, "employer"));
            assertEquals("Matrícula INPEP del titular", label(browser, "number"));
        }
    }

    @Test
    void theLoginPageLeadsToThePasswordResetWhichAnswersTheSameForAnyAddress() {
        try (Browser browser = new Browser()) {
            browser.open("/login.xhtml");
            browser.find(By.id("forgotPassword")).click();
            browser.find(By.id("forgotForm:email")).sendKeys("nadie.sin.cuenta@correo.example");
            browser.find(By.id("forgotForm:send")).click();
            browser.waitFor(d -> browser.text().contains("Si el correo corresponde a una cuenta de SESEP"));
            browser.axe("olvido sent");
        }
    }

    @Test
    void aFieldMessageThatTheResponseHasNoPlaceForShowsAtTheTopOfThePage() {
        try (Browser browser = new Browser()) {
            browser.open("/portal/registro.xhtml");
            browser.find(By.id("registerForm:dui")).sendKeys("04512378-7");
            // The form is sent by an Ajax request that re-renders the button alone, not the
            // message next to the DUI field: the message comes at the top instead of being lost.
            ((JavascriptExecutor) browser.driver()).executeScript("PrimeFaces.ab({s: 'registerForm:register',"
                    + " f: 'registerForm', p: 'registerForm', u: 'registerForm:register'});");
            browser.waitFor(d -> d.findElement(By.id("messages")).getText().contains("DUI válido"));
            assertEquals("", browser.driver().findElement(By.id("registerForm:duiMessage")).getText());
            assertEquals(1, occurrences(besidesSummary(browser), "DUI válido"), browser.text());
        }
    }

    /** An empty field is told it is empty, not that its content has the wrong form. */
    @Test
    void emptyFieldsAreAskedForNotCalledWrong() {
        try (Browser browser = new Browser()) {
            browser.open("/portal/registro.xhtml");
            browser.find(By.cssSelector("label[for='registerForm:kind:0']")).click();
            browser.find(By.id("registerForm:register")).click();
            browser.waitFor(d -> d.findElement(By.id("registerForm:duiMessage")).getText().contains("Escriba su número de DUI"));
            assertTrue(browser.driver().findElement(By.id("registerForm:numberMessage")).getText()
                    .contains("Escriba su NUP o su matrícula INPEP"), browser.text());
            assertTrue(browser.driver().findElement(By.id("registerForm:confirmationMessage")).getText()
                    .contains("Escriba de nuevo la contraseña"), browser.text());
            assertFalse(browser.text().contains("solo con dígitos") || browser.text().contains("no coincide"), browser.text());
            browser.axe("registro empty submit");

            // GOV.UK's error summary: at the top, focused, "Error: " in the title, a link per field.
            browser.waitFor(d -> d.getTitle().startsWith("Error: "));
            browser.waitFor(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                    "return document.activeElement.classList.contains('sesep-error-summary');")));
            org.openqa.selenium.WebElement dui = browser.find(By.cssSelector(".sesep-error-summary a[data-field='registerForm:dui']"));
            assertTrue(dui.getText().contains("Escriba su número de DUI"), dui.getText());
            assertTrue(browser.find(By.cssSelector(".sesep-error-summary a[data-field='registerForm:confirmation']")).isDisplayed());
            dui.click();
            browser.waitFor(d -> "registerForm:dui".equals(((JavascriptExecutor) d).executeScript("return document.activeElement.id;")));
        }
    }

    /** Opens the registration page afresh, fills it in and submits it. */
    private static void fillRegistration(Browser browser, String kind, String dui, String number, String year,
                                         String employer, String email, String password) {
        browser.open("/portal/registro.xhtml");
        int index = List.of("CONTRIBUTOR", "PENSIONER", "BENEFICIARY").indexOf(kind);
        browser.find(By.cssSelector("label[for='registerForm:kind:" + index + "']")).click();
        browser.find(By.id("registerForm:dui")).sendKeys(dui);
        browser.find(By.id("registerForm:number")).sendKeys(number);
        browser.find(By.id("registerForm:year")).sendKeys(year);
        browser.find(By.id("registerForm:employer")).sendKeys(employer);
        browser.find(By.id("registerForm:email")).sendKeys(email);
        browser.find(By.id("registerForm:password")).sendKeys(password);
        browser.find(By.id("registerForm:confirmation")).sendKeys(password);
        browser.find(By.id("registerForm:register")).click();
    }

    /** The label of a field of the form, without the mark of a required one. */
    private static String label(Browser browser, String field) {
        return browser.driver().findElement(By.cssSelector("label[for='registerForm:" + field + "']")).getText()
                .replace("*", "").strip();
    }

    /** The page's text without the error summary (which repeats each field's message as a link). */
    private static String besidesSummary(Browser browser) {
        java.util.List<org.openqa.selenium.WebElement> summaries = browser.driver().findElements(By.cssSelector(".sesep-error-summary"));
        return summaries.isEmpty() ? browser.text() : browser.text().replace(summaries.get(0).getText(), "");
    }

    private static String summary(Browser browser) {
        return browser.find(By.cssSelector(".sesep-error-summary")).getText();
    }

    private static int occurrences(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    private static String message(Browser browser) {
        return browser.find(By.cssSelector(".ui-messages-error")).getText();
    }

    /**
     * A demo contributor as they would fill the form: {@code year} is their first affiliation as
     * db/demo/V2 computes it for people it does not name (birth year + 19 + id mod 9).
     */
    private record Contributor(String dui, String nup, int year, String employer, String email) {
    }

    /** The employer as a hurried person types it: no accents, no commas, any case, extra spaces. */
    private static String sloppy(String employer) {
        return Normalizer.normalize(employer, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace(",", "")
                .replace(" ", "  ").toLowerCase(Locale.ROOT);
    }

    /** Contributors of the demo registry (db/demo, as the server loaded it), highest id first. */
    private static List<Contributor> contributors() throws IOException {
        String sql;
        try (InputStream in = RegistrationBrowserIT.class.getClassLoader().getResourceAsStream("db/demo/V1__demo_data.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // (id, nup, matricula, expediente, dui, first names, last names, birth date, gender, 'CONTRIBUTOR',
        //  phone, email, address, employer)
        Matcher row = Pattern.compile("\\((\\d+), '(\\d{12})', '\\d{9}', '[^']*', '(\\d{8}-\\d)', '[^']*', '[^']*', "
                + "DATE '(\\d{4})-[^']*', '[MF]', 'CONTRIBUTOR', (?:'[^']*'|NULL), '([^']*)', (?:'[^']*'|NULL), '([^']*)'\\)")
                .matcher(sql);
        Set<String> demoAccounts = Set.of(DemoAccounts.CONTRIBUTOR, DemoAccounts.PENSIONER, DemoAccounts.BENEFICIARY);
        List<Contributor> all = new ArrayList<>();
        while (row.find()) {
            int id = Integer.parseInt(row.group(1));
            if (!demoAccounts.contains(row.group(3)) && id > 7) { // db/demo/V2 names ids up to 7
                all.add(new Contributor(row.group(3), row.group(2),
                        Math.min(2024, Integer.parseInt(row.group(4)) + 19 + id % 9), row.group(6), row.group(5)));
            }
        }
        Collections.reverse(all);
        return all;
    }

    private static String emailOf(Contributor contributor) {
        return "web" + contributor.dui().replace("-", "") + "@correo.example";
    }
}
