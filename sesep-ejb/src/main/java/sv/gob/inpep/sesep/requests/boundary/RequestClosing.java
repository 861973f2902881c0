package sv.gob.inpep.sesep.requests.boundary;

import sv.gob.inpep.sesep.audit.control.TrailWording;
import sv.gob.inpep.sesep.audit.entity.AuditAction;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import sv.gob.inpep.sesep.PublicLinks;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import sv.gob.inpep.sesep.Resources;
import sv.gob.inpep.sesep.audit.boundary.AuditTrail;
import sv.gob.inpep.sesep.notifications.boundary.Notifications;
import sv.gob.inpep.sesep.notifications.entity.MailTemplateCode;
import sv.gob.inpep.sesep.requests.entity.RequestStatus;
import sv.gob.inpep.sesep.requests.entity.ServiceRequest;
import sv.gob.inpep.sesep.satisfaction.entity.SatisfactionSurvey;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Activity 33: when the agent closes the last ticket of a SEI that was answered or denied, the SEI
 * itself is closed, asynchronously. {@link #closeWhenTicketCloses} puts the request id on the
 * closing queue inside the ticket's transaction; {@link RequestClosingListener} calls
 * {@link #close}, which closes the SEI, records it, invites the citizen to rate the service and
 * tells them by e-mail. Redelivery is harmless: a SEI already closed is left alone.
 */
@Stateless
@PermitAll
public class RequestClosing {

    private static final Logger LOG = Logger.getLogger(RequestClosing.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    JMSContext jms;

    @Resource(lookup = Resources.REQUEST_CLOSING_QUEUE)
    Queue queue;

    @Inject
    Notifications notifications;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    PublicLinks addresses;

    /** Called in the transaction that closes the ticket; nothing is sent if it rolls back. */
    public void closeWhenTicketCloses(long requestId) {
        jms.createProducer().send(queue, requestId);
    }

    public void close(long requestId) {
        ServiceRequest request = em.find(ServiceRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        if (request == null || request.getStatus() == RequestStatus.CLOSED) {
            return;
        }
        if (request.getStatus() != RequestStatus.ATTENDED) {
            // Closing a ticket without an answer or denial closes only the ticket (activity 33).
            LOG.info(() -> request.getSeiNumber() + " is " + request.getStatus() + ": not closed");
            return;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        request.close(now, "sistema");
        audit.record(AuditAction.SEI_CLOSED, request.getId(), null, null, "Resolución: " + TrailWording.of(request.getResolution()));
        boolean invited = em.createNamedQuery("SatisfactionSurvey.byRequest", SatisfactionSurvey.class)
                .setParameter("request", request).getResultStream().findAny().isPresent();
        if (!invited) {
            em.persist(new SatisfactionSurvey(request, now));
        }
        notifications.queue(MailTemplateCode.REQUEST_CLOSED, request.getCitizen().getAccount().getEmail(), request, null,
                Map.of("link", addresses.request(request.getId())));
    }
}
