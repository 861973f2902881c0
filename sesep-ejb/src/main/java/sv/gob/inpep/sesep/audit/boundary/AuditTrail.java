package sv.gob.inpep.sesep.audit.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import sv.gob.inpep.sesep.audit.entity.AuditAction;
import sv.gob.inpep.sesep.audit.entity.AuditEvent;

import java.time.Clock;
import java.time.LocalDateTime;

/**
 * The one way to write the audit trail. The actor is the authenticated caller as the container
 * knows it (never a name passed in by a page), {@code anónimo} for a web visitor who is not
 * logged in, or {@code sistema} for work the server does on its own (message listeners, timers).
 * The client address comes from {@link ClientAddress}, filled by the web layer for each HTTP
 * request.
 */
@Stateless
@PermitAll
public class AuditTrail {

    static final String SYSTEM_ACTOR = "sistema";
    static final String ANONYMOUS_ACTOR = "anónimo";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Clock clock;

    @Inject
    ClientAddress clientAddress;

    /** Recorded in the caller's transaction: the event exists exactly when the action does. */
    public void record(AuditAction action, Long requestId, Long ticketId, Long documentId, String details) {
        em.persist(event(action, requestId, ticketId, documentId, details));
    }

    /**
     * For refused or failed attempts: kept although the caller's transaction rolls back, which is
     * why it runs in a transaction of its own.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordRefusal(AuditAction action, Long requestId, Long ticketId, Long documentId, String details) {
        em.persist(event(action, requestId, ticketId, documentId, details));
    }

    private AuditEvent event(AuditAction action, Long requestId, Long ticketId, Long documentId, String details) {
        return new AuditEvent(LocalDateTime.now(clock), actor(), action.name(), requestId, ticketId, documentId,
                clientAddress.get(), details);
    }

    private String actor() {
        String name = session.getCallerPrincipal() == null ? null : session.getCallerPrincipal().getName();
        if (name == null || name.isBlank() || "anonymous".equals(name)) {
            // Someone not logged in (registering, resetting a password, failing to log in) came
            // through the web, which set their address; otherwise it is the server's own work.
            return clientAddress.get() != null ? ANONYMOUS_ACTOR : SYSTEM_ACTOR;
        }
        return name;
    }
}
