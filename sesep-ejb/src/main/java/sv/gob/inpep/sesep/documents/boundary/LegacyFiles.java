package sv.gob.inpep.sesep.documents.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import sv.gob.inpep.sesep.audit.entity.AuditAction;
import sv.gob.inpep.sesep.RuleViolation;
import sv.gob.inpep.sesep.audit.boundary.AuditTrail;
import sv.gob.inpep.sesep.cluster.control.LeasedSweep;
import sv.gob.inpep.sesep.documents.control.DocumentInspector;
import sv.gob.inpep.sesep.documents.control.WithheldFileNotice;
import sv.gob.inpep.sesep.documents.entity.WithheldFile;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Rewrites the files stored before SESEP rewrote every file it keeps (migration V23 left them
 * unmarked): each is put through the same inspection as a new upload, so an old PDF loses its
 * scripts and its tail and an old photo its metadata, exactly as if it came in today. A file the
 * inspection now refuses is withheld: its row serves a notice saying so, and the original bytes
 * move to {@link WithheldFile}. Every change is audited with the fingerprints before and after.
 * <p>
 * The timer fires every minute on every node; only the node holding the lease works
 * ({@link LeasedSweep}), one row per transaction under the row's lock, so a page reading a file
 * sees it whole, before or after. Once every old row is marked the timer's look finds nothing (on
 * PostgreSQL through a partial index that is then empty).
 */
@Stateless
// The server's own timer work on files already stored; it shows nothing to anyone.
@PermitAll
public class LegacyFiles {

    public static final String LEASE = "legacy-files";
    static final Duration LEASE_TTL = Duration.ofSeconds(55);
    /** How long one run works through a backlog, well within its lease; the next minute goes on. */
    private static final Duration WORK_WINDOW = Duration.ofSeconds(40);
    private static final int BATCH = 20;

    /** The tables that keep a citizen's or an agent's file, with what each calls its columns. */
    public enum Store {
        REQUEST_DOCUMENT("request_document", "request_id", true),
        REQUEST_RESPONSE("request_response", "request_id", false),
        STAGED_UPLOAD("staged_upload", "NULL", true);

        final String table;
        final String requestColumn;
        final boolean hasContentType;

        Store(String table, String requestColumn, boolean hasContentType) {
            this.table = table;
            this.requestColumn = requestColumn;
            this.hasContentType = hasContentType;
        }
    }

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    LeasedSweep sweep;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    private final DocumentInspector inspector = new DocumentInspector();
    private final WithheldFileNotice notice = new WithheldFileNotice();

    @Schedule(minute = "*", hour = "*", persistent = false, info = "legacy file rewrite")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void onTimer() {
        rewriteAll(LeasedSweep.thisNode());
    }

    /**
     * Rewrites unmarked rows as {@code node}, a batch at a time, for as long as the lease lasts.
     *
     * @return how many rows were rewritten or withheld; -1 when another node holds the lease
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int rewriteAll(String node) {
        LegacyFiles self = session.getBusinessObject(LegacyFiles.class);
        return sweep.run(LEASE, LEASE_TTL, node, () -> {
            long stop = System.nanoTime() + WORK_WINDOW.toNanos();
            int done = 0;
            for (Store store : Store.values()) {
                List<Long> ids;
                do {
                    ids = pending(store);
                    done += sweep.handleEach("legacy " + store.table, ids, id -> {
                        self.rewrite(store, id);
                        return true;
                    });
                } while (ids.size() == BATCH && System.nanoTime() < stop);
            }
            return done;
        });
    }

    /** Rewrites one row if it is still unmarked once locked. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void rewrite(Store store, long id) {
        List<?> rows = em.createNativeQuery("SELECT file_name, content, " + store.requestColumn + " FROM " + store.table
                + " WHERE id = ? AND rewritten_at IS NULL FOR UPDATE").setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            return;
        }
        Object[] row = (Object[]) rows.get(0);
        String name = (String) row[0];
        byte[] original = (byte[]) row[1];
        Long requestId = row[2] == null ? null : ((Number) row[2]).longValue();
        LocalDateTime now = LocalDateTime.now(clock);
        String before = DocumentInspector.sha256(original);
        try {
            DocumentInspector.Inspection clean = inspector.inspect(name, original);
            store(store, id, clean.fileName(), clean.contentType(), clean.content(), clean.sha256(), now);
            audit.record(AuditAction.STORED_FILE_REWRITTEN, requestId, null, null, store.table + " " + id + " " + clean.fileName()
                    + ": SHA-256 " + before + " -> " + clean.sha256());
        } catch (RuleViolation refused) {
            em.persist(new WithheldFile(store.table, id, requestId, name, before, original, refused.getMessageKey(), now));
            byte[] replacement = notice.render(name, before, refused.getMessageKey(), now);
            String sha = DocumentInspector.sha256(replacement);
            store(store, id, WithheldFileNotice.fileName(name), DocumentInspector.PDF, replacement, sha, now);
            audit.record(AuditAction.STORED_FILE_WITHHELD, requestId, null, null, store.table + " " + id + " " + name + " ("
                    + refused.getMessageKey() + "): SHA-256 " + before + " -> aviso " + sha);
        }
    }

    private void store(Store store, long id, String name, String type, byte[] content, String sha, LocalDateTime now) {
        var update = em.createNativeQuery("UPDATE " + store.table + " SET file_name = ?, size_bytes = ?, sha256 = ?, content = ?,"
                        + " rewritten_at = ?" + (store.hasContentType ? ", content_type = ?" : "") + " WHERE id = ?")
                .setParameter(1, name).setParameter(2, (long) content.length).setParameter(3, sha).setParameter(4, content)
                .setParameter(5, now);
        if (store.hasContentType) {
            update.setParameter(6, type).setParameter(7, id);
        } else {
            update.setParameter(6, id);
        }
        update.executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private List<Long> pending(Store store) {
        return ((List<Number>) em.createNativeQuery("SELECT id FROM " + store.table + " WHERE rewritten_at IS NULL ORDER BY id")
                .setMaxResults(BATCH).getResultList()).stream().map(Number::longValue).toList();
    }
}
