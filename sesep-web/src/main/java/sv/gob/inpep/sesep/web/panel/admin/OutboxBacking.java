package sv.gob.inpep.sesep.web.panel.admin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import sv.gob.inpep.sesep.notifications.boundary.NotificationView;
import sv.gob.inpep.sesep.notifications.boundary.Notifications;
import sv.gob.inpep.sesep.notifications.entity.NotificationStatus;
import sv.gob.inpep.sesep.web.FieldMessages;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The outbox page: every e-mail SESEP sent or tried to send, by state, and "Reenviar" for the undelivered. */
@Named
@ViewScoped
public class OutboxBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Notifications notifications;

    private NotificationStatus status;
    private Long deadLetters;

    private final LazyDataModel<NotificationView> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) notifications.count(status);
        }

        @Override
        public List<NotificationView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                           Map<String, FilterMeta> filterBy) {
            return notifications.outbox(status, first, pageSize);
        }

        @Override
        public String getRowKey(NotificationView row) {
            return Long.toString(row.id());
        }
    };

    public LazyDataModel<NotificationView> getModel() {
        return model;
    }

    public NotificationStatus[] getStatuses() {
        return NotificationStatus.values();
    }

    public NotificationStatus getStatus() {
        return status;
    }

    public void setStatus(NotificationStatus status) {
        this.status = status;
    }

    /** Loaded once per view (getters do no work beyond that). */
    public long getDeadLetters() {
        if (deadLetters == null) {
            deadLetters = notifications.deadLetters();
        }
        return deadLetters;
    }

    public void resend(long id) {
        notifications.resend(id);
        FieldMessages.info(FacesContext.getCurrentInstance(), "panel.admin.notifications.resent");
    }
}
