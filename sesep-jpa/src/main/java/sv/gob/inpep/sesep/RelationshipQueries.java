package sv.gob.inpep.sesep;

import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.ForeignReferenceMapping;
import org.eclipse.persistence.queries.ReadQuery;
import org.eclipse.persistence.sessions.DatabaseRecord;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Prepares the query of every relationship once, at deployment, before any request can load one
 * lazily. Registered as the persistence unit's session event listener.
 * <p>
 * This works around a race in EclipseLink 4.0.9. A lazy relationship is loaded through the
 * mapping's one shared query, and every load ends by setting that query's session to null, outside
 * any lock ({@code QueryBasedValueHolder.instantiate}). The query is prepared on its first load that
 * misses the shared cache, with the session set on it for the length of the prepare. So when that
 * first miss comes while other threads load the same relationship, as when 200 agents go available
 * at once just after the cached services expired, another thread can null the session mid-prepare
 * and the load fails ("Query failed to prepare", EclipseLink-6168, caused by a
 * NullPointerException). A query prepared here is never prepared again, so that window is closed.
 */
public final class RelationshipQueries extends SessionEventAdapter {

    @Override
    public void postLogin(SessionEvent event) {
        Session session = event.getSession();
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            for (DatabaseMapping mapping : descriptor.getMappings()) {
                if (mapping instanceof ForeignReferenceMapping relationship) {
                    ReadQuery query = relationship.getSelectionQuery();
                    if (query != null && query.shouldPrepare() && !query.isPrepared()) {
                        query.prepareCall(session, new DatabaseRecord());
                    }
                }
            }
        }
    }
}
