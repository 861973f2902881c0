package sv.gob.inpep.sesep.it;

import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import sv.gob.inpep.sesep.documents.boundary.StagedUploadPurge;
import sv.gob.inpep.sesep.requests.boundary.PendingClosings;
import sv.gob.inpep.sesep.requests.entity.RequestStatus;

import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a cluster's timers owe when a node dies: one node does each duty, any node can (the lease
 * decides), and nothing waits on the dead node's broker. Node names here are the callers' own; the
 * server's timers (named after the server) compete for the same leases.
 */
@ExtendWith(ArquillianExtension.class)
class ClusterDutiesIT {

    private static final ZoneId SAN_SALVADOR = ZoneId.of("America/El_Salvador");

    @Inject
    PendingClosings pendingClosings;

    @Inject
    StagedUploadPurge purge;

    @Inject
    TestData data;

    @Inject
    ClusterDutiesData rows;

    /**
     * A SEI answered, its ticket closed an hour ago, and its closing message gone with the node
     * that sent it: the reconciliation closes it once, with one closing mail; one whose ticket just
     * closed is left to its message.
     */
    @Test
    void aSeiWhoseClosingMessageWasLostIsClosedOnceByTheReconciliation() throws Exception {
        try (Mailbox mailbox = new Mailbox()) {
            LocalDateTime now = LocalDateTime.now(SAN_SALVADOR);
            long lost = data.attendedRequest(now.minusDays(1));
            rows.closedTicket(lost, now.minusHours(1));
            long recent = data.attendedRequest(now);
            rows.closedTicket(recent, now);

            int closed = sweepAs("nodo-b");
            long deadline = System.currentTimeMillis() + 30_000;
            while (data.status(lost) != RequestStatus.CLOSED && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
            }
            assertEquals(RequestStatus.CLOSED, data.status(lost), "closed from the database, without its message");
            assertTrue(closed >= 0, "the sweep ran");
            assertEquals(RequestStatus.ATTENDED, data.status(recent), "a SEI whose ticket just closed waits for its message");
            String sei = data.seiNumber(lost);
            Mails.awaitAbout(mailbox, sei, 1, 20_000);   // the citizen is told

            // Another node in the same moment does nothing: the lease is held.
            assertEquals(-1, pendingClosings.sweep("nodo-c"), "one node at a time");
            assertTrue(pendingClosings.sweep("nodo-b") >= 0, "the holder renews its lease");
            Thread.sleep(2_000);
            // Count this SEI's mails only: the same sweep also closes SEIs earlier test classes left attended.
            assertEquals(1, Mails.about(mailbox, sei).size(), "one closing mail for " + sei);
            long[] traces = data.closingTraces(lost);
            assertEquals(1, traces[0], "one satisfaction invitation");
            assertEquals(1, traces[1], "one SEI_CLOSED audit event");
        }
    }

    /** The hourly purge of abandoned uploads runs on one node per hour; the others skip. */
    @Test
    void theStagedUploadPurgeRunsOnOneNode() throws Exception {
        LocalDateTime now = LocalDateTime.now(SAN_SALVADOR);
        long abandoned = rows.stagedUpload(now.minusHours(25));
        long fresh = rows.stagedUpload(now.minusHours(1));

        // This server's own node: its hourly timer (minute 23) may already hold the lease, which it renews.
        int first = purge.purge(System.getProperty("jboss.node.name", "sesep"));
        assertTrue(first >= 1, "the first node takes the hour's lease and deletes, deleted " + first);
        assertFalse(rows.stagedUploadExists(abandoned), "a day-old abandoned upload is deleted");
        assertTrue(rows.stagedUploadExists(fresh), "a fresh one stays");
        assertEquals(-1, purge.purge("nodo-b"), "the other node skips this hour");
    }

    /** Runs the closing reconciliation as {@code node} once the server's own timer leaves the lease free. */
    private int sweepAs(String node) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        int result;
        while ((result = pendingClosings.sweep(node)) < 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
        }
        return result;
    }
}
