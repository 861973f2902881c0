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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The outbox page: every e-mail SESEP sent or tried to send, by state, "Reenviar" for the
 * undelivered, and "Reenviar fallidos" for every mail given up in a period (after a long outage).
 */
@Named
@ViewScoped
public class OutboxBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Notifications notifications;

    private NotificationStatus status;
    private Long deadLetters;
    private LocalDate failedFrom;
    private LocalDate failedTo;

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

    public LocalDate getFailedFrom() {
        return failedFrom;
    }

    public void setFailedFrom(LocalDate failedFrom) {
        this.failedFrom = failedFrom;
    }

    public LocalDate getFailedTo() {
        return failedTo;
    }

    public void setFailedTo(LocalDate failedTo) {
        this.failedTo = failedTo;
    }

    public void resendFailed() {
        int count = notifications.resendFailed(failedFrom, failedTo);
        FieldMessages.info(FacesContext.getCurrentInstance(), "panel.admin.notifications.failedResent", count);
    }

    public void retryDeadLetters() {
        int count = notifications.retryDeadLetters();
        deadLetters = null;
        FieldMessages.info(FacesContext.getCurrentInstance(), "panel.admin.notifications.deadLettersRetried", count);
    }

    public void discardDeadLetters() {
        int count = notifications.discardDeadLetters();
        deadLetters = null;
        FieldMessages.info(FacesContext.getCurrentInstance(), "panel.admin.notifications.deadLettersDiscarded", count);
    }

    public void resend(long id) {
        notifications.resend(id);
        FieldMessages.info(FacesContext.getCurrentInstance(), "panel.admin.notifications.resent");
    }
}
