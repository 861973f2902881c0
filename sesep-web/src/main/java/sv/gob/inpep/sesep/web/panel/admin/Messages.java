package sv.gob.inpep.sesep.web.panel.admin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Confirmation messages after an action, from the bundle. */
final class Messages {

    private Messages() {
    }

    static void info(String key) {
        FacesContext context = FacesContext.getCurrentInstance();
        String text = context.getApplication().getResourceBundle(context, "msg").getString(key);
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }
}
