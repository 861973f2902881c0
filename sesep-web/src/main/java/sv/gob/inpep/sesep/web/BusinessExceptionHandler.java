package sv.gob.inpep.sesep.web;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import sv.gob.inpep.sesep.BusinessException;
import sv.gob.inpep.sesep.DatabaseUnavailable;
import sv.gob.inpep.sesep.RuleViolation;
import sv.gob.inpep.sesep.UniqueViolation;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns whatever an action throws into something a citizen or an agent can act on, without ever
 * showing a stack trace:
 * <ul>
 * <li>a {@link BusinessException}, however deeply wrapped (EJB, EL and Faces all wrap), becomes an
 * error message from the bundle and the user stays on the same view with what they typed;</li>
 * <li>an expired view sends the user to the "session expired" page;</li>
 * <li>a value the database refused as a duplicate of a unique one (a code, a name, a number) means
 * another user saved the same a moment earlier, between the boundary's own check and the write:
 * it becomes a message too, and the user stays with what they typed;</li>
 * <li>a database that cannot be reached (stopped, restarting) means nothing was saved: the user
 * is told so, stays with what they typed, and may repeat the action later;</li>
 * <li>a call the caller's roles do not allow sends them to the "access denied" page;</li>
 * <li>anything else is an incident: logged once with a short id, and the user is sent to the
 * error page, which shows that id.</li>
 * </ul>
 * A business error raised while the response is being rendered means a getter did work (which
 * the style guide forbids); the view cannot be kept half-rendered, so it is treated as an incident.
 */
public class BusinessExceptionHandler extends ExceptionHandlerWrapper {

    /** The bundle registered in faces-config as {@code msg} and as the Faces message bundle. */
    static final String BUNDLE = "sv.gob.inpep.sesep.web.messages";
    /** Bundle key of the text shown when a business error carries a key the bundle lacks. */
    static final String GENERIC_KEY = "error.business.generic";
    /** Bundle key of the text shown when the database refused a duplicate of a unique value. */
    static final String DUPLICATE_KEY = "error.business.duplicate";
    /**
     * Bundle key of the text shown when the database could not be reached: nothing was saved, what
     * the user typed is still on the page, and the same action (a filing too, thanks to its
     * submission token) can simply be repeated later.
     */
    static final String UNAVAILABLE_KEY = "error.business.unavailable";
    /** Last resort if even {@link #GENERIC_KEY} is missing, so a user never sees a raw key. */
    static final String GENERIC_TEXT = "No se pudo completar la operación.";

    static final String EXPIRED_PAGE = "/error/sesion-expirada.xhtml";
    static final String DENIED_PAGE = "/error/acceso-denegado.xhtml";
    static final String ERROR_PAGE = "/error/error.xhtml";
    /** Query parameter that carries the incident id to the error page. */
    static final String INCIDENT_PARAMETER = "incidente";

    private static final Logger LOG = Logger.getLogger(BusinessExceptionHandler.class.getName());

    public BusinessExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable thrown = events.next().getContext().getException();
            if (handle(context, thrown)) {
                events.remove();
            }
        }
        getWrapped().handle();
    }

    /** Returns {@code false} only for what the default handler should keep dealing with. */
    private boolean handle(FacesContext context, Throwable thrown) {
        BusinessException business = find(thrown, BusinessException.class);
        if (business != null && context.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE) {
            showBusinessError(context, business);
            return true;
        }
        if (business == null && context.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE && UniqueViolation.in(thrown)) {
            LOG.info(() -> "A duplicate refused by the database at " + where(context) + " (user: "
                    + context.getExternalContext().getRemoteUser() + "): " + thrown);
            showBusinessError(context, new RuleViolation(DUPLICATE_KEY));
            return true;
        }
        if (business == null && context.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE && DatabaseUnavailable.in(thrown)) {
            LOG.warning(() -> "The database could not be reached at " + where(context) + " (user: "
                    + context.getExternalContext().getRemoteUser() + "): " + thrown);
            showBusinessError(context, new RuleViolation(UNAVAILABLE_KEY));
            return true;
        }
        if (business == null && find(thrown, ViewExpiredException.class) != null) {
            redirect(context, EXPIRED_PAGE);
            return true;
        }
        if (business == null && find(thrown, EJBAccessException.class) != null) {
            LOG.warning(() -> "Call denied by the EJB container at " + where(context) + " (user: "
                    + context.getExternalContext().getRemoteUser() + ")");
            redirect(context, DENIED_PAGE);
            return true;
        }
        if (business == null && find(thrown, AbortProcessingException.class) != null) {
            // A listener asked Faces to stop processing: the default handler logs it and goes on.
            return false;
        }
        ExternalContext external = context.getExternalContext();
        String incident = IncidentLog.record(thrown, where(context), external.getRemoteUser());
        redirect(context, ERROR_PAGE + "?" + INCIDENT_PARAMETER + "=" + incident);
        return true;
    }

    private static void showBusinessError(FacesContext context, BusinessException business) {
        String text = describe(bundle(context), business, locale(context));
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        // Lets PrimeFaces callbacks (args.validationFailed) keep dialogs open, as for a bad field.
        context.validationFailed();
        context.renderResponse();
    }

    /**
     * The user-facing text for a business error: the bundle's pattern for the exception's key,
     * formatted with its arguments, or the generic text when the key is missing.
     */
    public static String describe(ResourceBundle bundle, BusinessException business, Locale locale) {
        String key = business.getMessageKey();
        if (bundle == null || key == null || !bundle.containsKey(key)) {
            LOG.warning(() -> "No message in " + BUNDLE + " for business error key " + key);
            return bundle != null && bundle.containsKey(GENERIC_KEY) ? bundle.getString(GENERIC_KEY) : GENERIC_TEXT;
        }
        String pattern = bundle.getString(key);
        try {
            return new MessageFormat(pattern, locale).format(business.getArguments());
        } catch (IllegalArgumentException e) {
            LOG.log(Level.WARNING, e, () -> "Malformed message pattern for key " + key);
            return pattern;
        }
    }

    /** The first throwable of the given type in the cause chain (guarding against cycles). */
    static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = thrown; t != null && seen.add(t); t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static void redirect(FacesContext context, String page) {
        if (context.getResponseComplete()) {
            return; // an earlier event of this request already sent the user somewhere
        }
        ExternalContext external = context.getExternalContext();
        if (external.isResponseCommitted()) {
            // Headers are gone; nothing can be sent any more. The cause is already logged.
            LOG.warning(() -> "Response already committed; could not send the user to " + page);
            context.responseComplete();
            return;
        }
        if (context.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE) {
            external.responseReset(); // drop the half-rendered view before redirecting
        }
        try {
            // For Ajax requests Faces answers with a partial-response redirect.
            external.redirect(external.getRequestContextPath() + page);
        } catch (IOException | IllegalStateException e) {
            LOG.log(Level.WARNING, e, () -> "Could not redirect to " + page);
        }
        context.responseComplete();
    }

    private static ResourceBundle bundle(FacesContext context) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale(context), Thread.currentThread().getContextClassLoader());
        } catch (MissingResourceException e) {
            LOG.log(Level.WARNING, e, () -> "Bundle " + BUNDLE + " not found");
            return null;
        }
    }

    private static Locale locale(FacesContext context) {
        if (context.getViewRoot() != null) {
            return context.getViewRoot().getLocale();
        }
        return context.getApplication().getViewHandler().calculateLocale(context);
    }

    private static String where(FacesContext context) {
        if (context.getViewRoot() != null && context.getViewRoot().getViewId() != null) {
            return context.getViewRoot().getViewId();
        }
        ExternalContext external = context.getExternalContext();
        String pathInfo = external.getRequestPathInfo();
        return external.getRequestServletPath() + (pathInfo == null ? "" : pathInfo);
    }
}
