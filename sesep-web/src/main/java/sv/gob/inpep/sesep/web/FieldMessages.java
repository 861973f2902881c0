package sv.gob.inpep.sesep.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import sv.gob.inpep.sesep.BusinessException;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Messages that belong next to one field rather than at the top of the page: a business error
 * about a file the citizen just uploaded, or a rule the page checks before calling a boundary.
 * Texts come from the same bundle and in the same way as {@link BusinessExceptionHandler}'s.
 */
public final class FieldMessages {

    private FieldMessages() {
    }

    /** Shows the Spanish text of a business error on the component {@code clientId}. */
    public static void error(FacesContext context, String clientId, BusinessException error) {
        add(context, clientId, BusinessExceptionHandler.describe(bundle(context), error, locale(context)));
    }

    /** Shows the bundle text {@code key}, formatted with {@code arguments}, on the component {@code clientId}. */
    public static void error(FacesContext context, String clientId, String key, Object... arguments) {
        String pattern = bundle(context).getString(key);
        add(context, clientId, new MessageFormat(pattern, locale(context)).format(arguments));
    }

    /** The bundle text {@code key} formatted with {@code arguments}, for a message a validator throws. */
    public static FacesMessage errorMessage(FacesContext context, String key, Object... arguments) {
        String text = new MessageFormat(bundle(context).getString(key), locale(context)).format(arguments);
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text);
    }

    /** An information text from the bundle for the whole page. */
    public static void info(FacesContext context, String key, Object... arguments) {
        String text = new MessageFormat(bundle(context).getString(key), locale(context)).format(arguments);
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    /** The bundle text {@code key}, for a label built in a bean (an option group's, say). */
    public static String text(FacesContext context, String key) {
        return bundle(context).getString(key);
    }

    private static void add(FacesContext context, String clientId, String text) {
        context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        context.validationFailed();
    }

    private static ResourceBundle bundle(FacesContext context) {
        return ResourceBundle.getBundle(BusinessExceptionHandler.BUNDLE, locale(context),
                Thread.currentThread().getContextClassLoader());
    }

    private static Locale locale(FacesContext context) {
        return context.getViewRoot() != null ? context.getViewRoot().getLocale() : Locale.forLanguageTag("es");
    }
}
