package sv.gob.inpep.sesep.supervision.boundary;

import sv.gob.inpep.sesep.assignment.entity.ReleaseReason;
import sv.gob.inpep.sesep.notifications.entity.NotificationStatus;
import sv.gob.inpep.sesep.requests.boundary.ApplicantView;
import sv.gob.inpep.sesep.requests.boundary.DocumentView;
import sv.gob.inpep.sesep.requests.control.DueDates;
import sv.gob.inpep.sesep.requests.entity.RequestStatus;
import sv.gob.inpep.sesep.requests.entity.Resolution;
import sv.gob.inpep.sesep.tickets.boundary.NoteView;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Everything SESEP knows of what happened to one request, for the Jefaturas: who asked, where it
 * stands against its target, each turn an agent had it, the documents and how they were
 * validated, the agents' notes, every e-mail sent about it, and the audit trail.
 *
 * @param businessDays business days from filing to attention, or to today while not attended
 * @param dueDates     the service's target and the statutory limit as dates, and the last day to
 *                     fix it while observed
 */
public record RequestRecord(long id, String seiNumber, String serviceName, String areaName, ApplicantView applicant,
                            RequestStatus status, Resolution resolution, LocalDateTime filedAt,
                            LocalDateTime attendedAt, LocalDateTime closedAt, int targetBusinessDays, int businessDays,
                            String observations, String denialReasons, List<Attention> attentions,
                            List<DocumentView> documents, List<NoteView> notes, List<Mail> mails, List<Event> events,
                            DueDates dueDates) implements Serializable {

    public boolean isWithinTarget() {
        return businessDays <= targetBusinessDays;
    }

    /** One turn of a ticket of the request with one agent, and how it ended (null while in attention). */
    public record Attention(String ticketNumber, String gestorCode, String agentName, String agentTypeName,
                            int priority, long waitedSeconds, LocalDateTime assignedAt, LocalDateTime releasedAt,
                            ReleaseReason releaseReason) implements Serializable {
    }

    /** An e-mail sent, or still to be sent, about the request. */
    public record Mail(String templateCode, String recipient, NotificationStatus status, int attempts,
                       LocalDateTime queuedAt, LocalDateTime sentAt) implements Serializable {
    }

    /** An entry of the audit trail: who did what, when and from where. */
    public record Event(LocalDateTime occurredAt, String actor, String action, String ticketNumber, String remoteAddress,
                        String details) implements Serializable {
    }
}
