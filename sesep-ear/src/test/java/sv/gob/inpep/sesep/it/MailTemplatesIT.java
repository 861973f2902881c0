package sv.gob.inpep.sesep.it;

import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import sv.gob.inpep.sesep.RuleViolation;
import sv.gob.inpep.sesep.notifications.boundary.MailTemplateView;
import sv.gob.inpep.sesep.notifications.boundary.MailTemplates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Two administrators editing the same mail template: the second, working on a stale copy, is refused. */
@ExtendWith(ArquillianExtension.class)
class MailTemplatesIT {

    @Inject
    MailTemplates templates;

    @Test
    void aRevisionMadeOnAStaleCopyIsRefused() throws Exception {
        MailTemplateView copy = As.user(DemoAccounts.ADMIN, () -> templates.all()).stream()
                .filter(t -> t.code().equals("REQUEST_DENIED")).findFirst().orElseThrow();
        As.user(DemoAccounts.ADMIN, () -> templates.revise(copy.code(), copy.subject(), copy.bodyHtml(),
                copy.bodyText() + "\n", copy.version()));
        RuleViolation stale = assertThrows(RuleViolation.class, () -> As.user(DemoAccounts.ADMIN,
                () -> templates.revise(copy.code(), "Otro asunto", copy.bodyHtml(), copy.bodyText(), copy.version())));
        assertEquals("error.template.changedMeanwhile", stale.getMessageKey());
    }
}
