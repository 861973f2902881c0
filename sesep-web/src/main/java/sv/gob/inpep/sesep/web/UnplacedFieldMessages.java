package sv.gob.inpep.sesep.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIMessage;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.component.search.SearchExpressionContext;
import jakarta.faces.component.search.SearchExpressionHandler;
import jakarta.faces.component.search.SearchExpressionHint;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.PartialViewContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A field's message is shown once, next to the field: the page's message list at the top shows
 * only messages for the whole page ({@code globalOnly}). A field message that has no place on the
 * page being sent (no {@code p:message} for that field, or one that this Ajax response does not
 * update) is shown at the top instead, so no message is ever lost.
 * <p>
 * Runs just before each view is rendered (full page or Ajax), and only when some field has a
 * message.
 */
public class UnplacedFieldMessages implements SystemEventListener {

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) {
        FacesContext context = FacesContext.getCurrentInstance();
        List<String> fields = new ArrayList<>();
        context.getClientIdsWithMessages().forEachRemaining(clientId -> {
            if (clientId != null) {
                fields.add(clientId);
            }
        });
        if (fields.isEmpty()) {
            return;
        }
        Set<String> placed = placedInResponse(context);
        for (String clientId : fields) {
            if (!placed.contains(clientId)) {
                for (FacesMessage message : List.copyOf(context.getMessageList(clientId))) {
                    context.addMessage(null, message);
                }
            }
        }
    }

    /** The client ids of the fields whose message component this response renders. */
    private static Set<String> placedInResponse(FacesContext context) {
        PartialViewContext partial = context.getPartialViewContext();
        Collection<String> updated = partial.isAjaxRequest() && !partial.isRenderAll() ? partial.getRenderIds() : null;
        SearchExpressionHandler search = context.getApplication().getSearchExpressionHandler();
        Set<String> placed = new HashSet<>();
        VisitContext visit = VisitContext.createVisitContext(context, null, EnumSet.of(VisitHint.SKIP_UNRENDERED));
        context.getViewRoot().visitTree(visit, (visitContext, component) -> {
            if (component instanceof UIMessage message && message.getFor() != null
                    && (updated == null || isUpdated(context, message, updated))) {
                placed.add(search.resolveClientId(SearchExpressionContext.createSearchExpressionContext(context, message,
                        EnumSet.of(SearchExpressionHint.IGNORE_NO_RESULT), null), message.getFor()));
            }
            return VisitResult.ACCEPT;
        });
        placed.remove(null);
        return placed;
    }

    /**
     * Whether an Ajax response that updates the components {@code updated} renders {@code component}:
     * it is one of them or inside one of them. Ancestors are compared by their own client ids, since
     * a container that is not a naming container (a panel group) does not prefix its children's.
     */
    private static boolean isUpdated(FacesContext context, UIComponent component, Collection<String> updated) {
        for (UIComponent ancestor = component; ancestor != null; ancestor = ancestor.getParent()) {
            if (updated.contains(ancestor.getClientId(context))) {
                return true;
            }
        }
        return false;
    }
}
