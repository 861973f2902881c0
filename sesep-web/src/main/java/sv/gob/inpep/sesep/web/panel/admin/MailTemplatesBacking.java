package sv.gob.inpep.sesep.web.panel.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import sv.gob.inpep.sesep.notifications.boundary.MailTemplateView;
import sv.gob.inpep.sesep.notifications.boundary.MailTemplates;
import sv.gob.inpep.sesep.web.FieldMessages;

import java.io.Serializable;
import java.util.List;

/** The mail templates page: pick a template, edit subject and bodies, save. */
@Named
@ViewScoped
public class MailTemplatesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MailTemplates templates;

    private List<MailTemplateView> all;
    private String code;
    private String subject;
    private String bodyHtml;
    private String bodyText;
    private long version;

    @PostConstruct
    void init() {
        all = templates.all();
        if (!all.isEmpty()) {
            edit(all.get(0).code());
        }
    }

    public void edit(String code) {
        all.stream().filter(t -> t.code().equals(code)).findFirst().ifPresent(t -> {
            this.code = t.code();
            this.subject = t.subject();
            this.bodyHtml = t.bodyHtml();
            this.bodyText = t.bodyText();
            this.version = t.version();
        });
    }

    public void save() {
        MailTemplateView saved = templates.revise(code, subject, bodyHtml, bodyText, version);
        all = templates.all();
        edit(saved.code());
        FieldMessages.info(FacesContext.getCurrentInstance(), "panel.admin.templates.saved");
    }

    public List<MailTemplateView> getAll() {
        return all;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public void setBodyHtml(String bodyHtml) {
        this.bodyHtml = bodyHtml;
    }

    public String getBodyText() {
        return bodyText;
    }

    public void setBodyText(String bodyText) {
        this.bodyText = bodyText;
    }
}
