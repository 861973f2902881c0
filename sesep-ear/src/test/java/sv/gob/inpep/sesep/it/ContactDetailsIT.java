package sv.gob.inpep.sesep.it;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import sv.gob.inpep.sesep.RuleViolation;
import sv.gob.inpep.sesep.accounts.boundary.Accounts;
import sv.gob.inpep.sesep.accounts.boundary.ContactDetails;
import sv.gob.inpep.sesep.accounts.boundary.ContactView;
import sv.gob.inpep.sesep.accounts.boundary.Registration;
import sv.gob.inpep.sesep.audit.boundary.ClientAddress;
import sv.gob.inpep.sesep.it.AccountData.AccountState;
import sv.gob.inpep.sesep.it.AccountData.Person;
import sv.gob.inpep.sesep.requests.entity.ApplicantKind;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Mis datos" inside the server, through the real mail path (GreenMail): a new e-mail address is
 * taken only when the link mailed to it comes back in its owner's session, once and in time; the
 * old address is told; a wrong password, another citizen's session and a flood of requests change
 * nothing; and from then on mails go to the new address. Each test opens an account of its own
 * (a person of the demo registry), whose password has accents and ñ.
 */
@ExtendWith(ArquillianExtension.class)
class ContactDetailsIT {

    private static final String PASSWORD = "mi contraseña de la cuenta, año 2026";
    private static final String CONFIRM_PAGE = "/portal/confirmar-correo.xhtml";
    private static final long MAIL_WAIT = 30_000;
    private static final List<String> PICKED = new CopyOnWriteArrayList<>();

    @Inject
    Accounts accounts;

    @Inject
    ContactDetails contact;

    @Inject
    AccountData data;

    @Inject
    ClientAddress clientAddress;

    @BeforeEach
    @AfterEach
    void forgetFailedLogins() {
        data.forgetFailedLogins();
    }

    @Test
    void aNewAddressIsTakenOnlyThroughItsLinkOnceAndTheOldOneIsTold() throws Exception {
        Person person = register();
        String dui = person.dui();
        String old = data.account(dui).email();
        String fresh = "nuevo" + dui.replace("-", "") + "@correo.example";
        String link;
        try (Mailbox mailbox = new Mailbox()) {
            assertEquals("error.password.currentWrong", refusal(() -> as(dui, () -> {
                contact.requestEmailChange("la contraseña de otra persona", fresh);
                return null;
            })));
            assertEquals(1, data.audited("ACCOUNT_EMAIL_CHANGE_REFUSED", dui + ": contraseña actual incorrecta"));
            assertEquals("error.registration.emailInvalid", refusal(() -> as(dui, () -> {
                contact.requestEmailChange(PASSWORD, "josé peña@correo");
                return null;
            })));
            assertEquals("error.contact.emailUnchanged", refusal(() -> as(dui, () -> {
                contact.requestEmailChange(PASSWORD, old.toUpperCase());
                return null;
            })));

            as(dui, () -> {
                contact.requestEmailChange(PASSWORD, " " + fresh.toUpperCase() + " ");
                return null;
            });
            MimeMessage verify = Mails.awaitTo(mailbox, fresh, 1, MAIL_WAIT).get(0);
            assertTrue(verify.getSubject().contains("confirme su nuevo correo"), verify.getSubject());
            assertTrue(Mails.text(verify).contains(person.name()) && Mails.text(verify).contains("24 horas"), Mails.text(verify));
            link = Mails.link(verify, CONFIRM_PAGE);
            assertTrue(link.startsWith(Ports.base() + CONFIRM_PAGE + "?token="), link);

            MimeMessage told = Mails.awaitTo(mailbox, old, 1, MAIL_WAIT).get(0);
            assertTrue(told.getSubject().contains("se pidió cambiar su correo"), told.getSubject());
            assertTrue(Mails.text(told).contains(fresh) && Mails.text(told).contains("/cuenta/olvido.xhtml"), Mails.text(told));
        }
        assertEquals(old, data.account(dui).email(), "nothing changes before the link comes back");
        assertEquals(fresh, as(dui, contact::mine).pendingEmail());
        assertTrue(Logins.page(link).contains("j_security_check"), "the link asks who is there first");

        // Another citizen who opens the link changes nothing, for either of them.
        String demoEmail = data.account(DemoAccounts.CONTRIBUTOR).email();
        String refusedForDemo = DemoAccounts.CONTRIBUTOR + ": enlace de otra cuenta";
        long refusedBefore = data.audited("ACCOUNT_EMAIL_CHANGE_REFUSED", refusedForDemo);
        assertEquals("error.token.invalid", refusal(() -> As.user(DemoAccounts.CONTRIBUTOR,
                () -> contact.confirmEmailChange(Mails.token(link)))));
        assertEquals(demoEmail, data.account(DemoAccounts.CONTRIBUTOR).email());
        assertEquals(old, data.account(dui).email());
        assertEquals(refusedBefore + 1, data.audited("ACCOUNT_EMAIL_CHANGE_REFUSED", refusedForDemo));

        try (Mailbox mailbox = new Mailbox()) {
            assertEquals(fresh, as(dui, () -> contact.confirmEmailChange(Mails.token(link))));
            MimeMessage changed = Mails.awaitTo(mailbox, old, 1, MAIL_WAIT).get(0);
            assertTrue(changed.getSubject().contains("su correo electrónico fue cambiado"), changed.getSubject());
            assertTrue(Mails.text(changed).contains(fresh), Mails.text(changed));
        }
        AccountState account = data.account(dui);
        assertEquals(fresh, account.email());
        assertTrue(account.emailVerified());
        assertNull(as(dui, contact::mine).pendingEmail());
        assertEquals(1, data.audited("ACCOUNT_EMAIL_CHANGED", "de " + old + " a " + fresh));
        assertEquals("error.token.used", refusal(() -> as(dui, () -> contact.confirmEmailChange(Mails.token(link)))));

        // From now on mail goes to the new address: a reset asked for the old one finds no account.
        try (Mailbox mailbox = new Mailbox()) {
            accounts.requestPasswordReset(old);
            accounts.requestPasswordReset(fresh);
            MimeMessage reset = Mails.awaitTo(mailbox, fresh, 1, MAIL_WAIT).get(0);
            assertTrue(reset.getSubject().contains("restablecimiento de contraseña"), reset.getSubject());
            Thread.sleep(2_000);
            assertTrue(Mails.to(mailbox, old).isEmpty(), "nothing more to the old address");
        }
    }

    @Test
    void aLinkExpiresAndAnotherRequestReplacesIt() throws Exception {
        Person person = register();
        String dui = person.dui();
        String old = data.account(dui).email();
        String first = "primero" + dui.replace("-", "") + "@correo.example";
        String second = "segundo" + dui.replace("-", "") + "@correo.example";
        String firstLink;
        String secondLink;
        try (Mailbox mailbox = new Mailbox()) {
            as(dui, () -> {
                contact.requestEmailChange(PASSWORD, first);
                return null;
            });
            firstLink = Mails.link(Mails.awaitTo(mailbox, first, 1, MAIL_WAIT).get(0), CONFIRM_PAGE);
            as(dui, () -> {
                contact.requestEmailChange(PASSWORD, second);
                return null;
            });
            secondLink = Mails.link(Mails.awaitTo(mailbox, second, 1, MAIL_WAIT).get(0), CONFIRM_PAGE);
        }
        assertEquals(second, as(dui, contact::mine).pendingEmail(), "the latest request is the one waiting");
        assertEquals("error.token.used", refusal(() -> as(dui, () -> contact.confirmEmailChange(Mails.token(firstLink)))),
                "a newer request spent the earlier link");

        data.expireLinks(dui);
        assertEquals("error.token.expired", refusal(() -> as(dui, () -> contact.confirmEmailChange(Mails.token(secondLink)))));
        assertEquals(old, data.account(dui).email());
        assertNull(as(dui, contact::mine).pendingEmail());
    }

    @Test
    void thePhoneIsCheckedAsAtRegistrationAndAudited() throws Exception {
        Person person = register();
        String dui = person.dui();
        assertEquals("error.registration.phoneInvalid", refusal(() -> as(dui, () -> {
            contact.changePhone("teléfono de mi mamá");
            return null;
        })));
        as(dui, () -> {
            contact.changePhone(" +503 7777-1234 ");
            return null;
        });
        assertEquals("+503 7777-1234", data.account(dui).phone());
        ContactView mine = as(dui, contact::mine);
        assertEquals("+503 7777-1234", mine.phone());
        assertEquals(person.name(), mine.fullName());
        assertEquals(1, data.audited("ACCOUNT_PHONE_CHANGED", dui));
        as(dui, () -> {
            contact.changePhone("");
            return null;
        });
        assertNull(data.account(dui).phone(), "an empty phone leaves the registry's");
    }

    @Test
    void requestsAreBudgetedPerAddressAndMadeUpLinksToo() throws Exception {
        Person person = register();
        String dui = person.dui();
        clientAddress.set("198.51.100.25");
        for (int attempt = 1; attempt <= 10; attempt++) {
            assertEquals("error.password.currentWrong", refusal(() -> as(dui, () -> {
                contact.requestEmailChange("adivinanza número " + System.nanoTime(), "otro@correo.example");
                return null;
            })));
        }
        assertEquals("error.throttled", refusal(() -> as(dui, () -> {
            contact.requestEmailChange(PASSWORD, "otro@correo.example");
            return null;
        })), "ten requests stop the address, even with the right password");

        clientAddress.set("198.51.100.26");
        for (int link = 1; link <= 10; link++) {
            String made = "enlaceInventadoDeCorreo" + link + "x".repeat(10);
            assertEquals("error.token.invalid", refusal(() -> as(dui, () -> contact.confirmEmailChange(made))));
        }
        assertEquals("error.throttled", refusal(() -> as(dui, () -> contact.confirmEmailChange("otroEnlaceInventado12345"))));
        assertEquals(0, data.unusedLinks(dui, "CHANGE_EMAIL"));
    }

    /** A person of the demo registry with an account of their own, opened and verified. */
    private Person register() throws Exception {
        Person person = data.holderWithoutAccount("CONTRIBUTOR", PICKED);
        PICKED.add(person.dui());
        String email = person.email() != null ? person.email().toLowerCase(java.util.Locale.ROOT)
                : "c" + person.dui().replace("-", "") + "@correo.example";
        try (Mailbox mailbox = new Mailbox()) {
            accounts.register(new Registration(ApplicantKind.CONTRIBUTOR, person.dui(), person.nup(), person.year(),
                    person.employer(), email, null, PASSWORD, PASSWORD));
            List<MimeMessage> mails = Mails.awaitTo(mailbox, email, 1, MAIL_WAIT);
            accounts.verifyEmail(Mails.token(Mails.link(mails.get(mails.size() - 1), "/cuenta/verificar.xhtml")));
        }
        return person;
    }

    private static <T> T as(String dui, Callable<T> work) throws Exception {
        return As.user(dui, PASSWORD, work);
    }

    private static String refusal(org.junit.jupiter.api.function.Executable work) {
        return assertThrows(RuleViolation.class, work).getMessageKey();
    }
}
