package sv.gob.inpep.sesep.notifications.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import sv.gob.inpep.sesep.NotFound;
import sv.gob.inpep.sesep.RuleViolation;
import sv.gob.inpep.sesep.Texts;
import sv.gob.inpep.sesep.audit.boundary.AuditTrail;
import sv.gob.inpep.sesep.audit.entity.AuditAction;
import sv.gob.inpep.sesep.notifications.entity.MailTemplate;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The texts of SESEP's e-mails, which the administrator edits without a release. A revision made
 * on a stale copy (someone else saved in between) is refused rather than silently overwriting.
 */
@Stateless
@RolesAllowed("ADMIN")
public class MailTemplates {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    public List<MailTemplateView> all() {
        return em.createNamedQuery("MailTemplate.ordered", MailTemplate.class).getResultStream().map(MailTemplates::view).toList();
    }

    public MailTemplateView revise(String code, String subject, String bodyHtml, String bodyText, long expectedVersion) {
        MailTemplate template = em.createNamedQuery("MailTemplate.byCode", MailTemplate.class)
                .setParameter("code", code).getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("error.template.notFound"));
        if (template.getVersion() != expectedVersion) {
            throw new RuleViolation("error.template.changedMeanwhile", template.getUpdatedBy());
        }
        template.revise(Texts.required(subject, 300, "error.template.subjectRequired"),
                Texts.required(bodyHtml, 20_000, "error.template.htmlRequired"),
                Texts.required(bodyText, 20_000, "error.template.textRequired"),
                LocalDateTime.now(clock), session.getCallerPrincipal().getName());
        em.flush();
        audit.record(AuditAction.MAIL_TEMPLATE_REVISED, null, null, null, code);
        return view(template);
    }

    private static MailTemplateView view(MailTemplate t) {
        return new MailTemplateView(t.getCode(), t.getSubject(), t.getBodyHtml(), t.getBodyText(),
                t.getUpdatedAt(), t.getUpdatedBy(), t.getVersion());
    }
}
