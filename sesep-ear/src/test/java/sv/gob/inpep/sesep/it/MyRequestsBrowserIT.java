package sv.gob.inpep.sesep.it;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import sv.gob.inpep.sesep.requests.boundary.RequestList;
import sv.gob.inpep.sesep.requests.boundary.RequestPage;
import sv.gob.inpep.sesep.requests.boundary.RequestSummary;
import sv.gob.inpep.sesep.requests.boundary.RequestTracking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A citizen with many requests: "Mis solicitudes" shows them newest first, twenty to a page, with
 * links to the other pages, and "Mi portal" the newest five of each of its lists with how many
 * more there are. The server gives a citizen of their own {@value #FILED} requests (observed,
 * answered and on their way, of a service only an agent of the test attends, so no other test's
 * agent receives them); then the citizen reads them in the browser.
 */
@ExtendWith(ArquillianExtension.class)
@Tag(Screens.TAG)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MyRequestsBrowserIT {

    static final int FILED = 45;
    static final int OBSERVED = 2;
    static final int ANSWERED = 7;
    static final int IN_PROGRESS = FILED - OBSERVED - ANSWERED;

    @Inject
    QueueData queue;

    @Inject
    RequestsTestData data;

    @Inject
    RequestTracking tracking;

    /** The citizen of this test: their requests are known in both the server and the browser. */
    private static String citizen() {
        return RequestsTestData.CITIZEN_PREFIX + "paginas.0";
    }

    @Test
    @Order(1)
    void theCitizenHasFortyFiveRequests() throws Exception {
        String citizen = data.contributors("paginas", 1).get(0);
        assertEquals(citizen(), citizen);
        if (As.user(citizen, () -> tracking.mine(RequestList.ALL, 0, 1)).total() == 0) {
            long service = queue.newService("Páginas");
            queue.newAgents("agente.paginas", 1, queue.newAgentType(service));
            List<Long> requests = queue.queueTickets(citizen, service, FILED, 0, queue.now()).stream()
                    .map(queue::requestOf).toList();
            requests.subList(0, OBSERVED).forEach(id -> data.observe(id, "Adjunte su DUI legible por ambos lados."));
            requests.subList(OBSERVED, OBSERVED + ANSWERED).forEach(data::answer);
        }
        assertEquals(FILED, As.user(citizen, () -> tracking.mine(RequestList.ALL, 0, 20)).total());
        RequestPage last = As.user(citizen, () -> tracking.mine(RequestList.ALL, 40, 20));
        assertEquals(FILED - 40, last.rows().size(), "the last page holds the rest");
        assertEquals(OBSERVED, As.user(citizen, () -> tracking.mine(RequestList.OBSERVED, 0, 5)).total());
        assertEquals(ANSWERED, As.user(citizen, () -> tracking.mine(RequestList.ANSWERED, 0, 5)).total());
        RequestPage inProgress = As.user(citizen, () -> tracking.mine(RequestList.IN_PROGRESS, 0, 5));
        assertEquals(IN_PROGRESS, inProgress.total());
        assertEquals(5, inProgress.rows().size());
        List<RequestSummary> newestFirst = new ArrayList<>(inProgress.rows());
        newestFirst.sort(Comparator.comparing(RequestSummary::filedAt).reversed());
        assertEquals(newestFirst, inProgress.rows(), "newest first");
        assertTrue(inProgress.rows().stream().allMatch(r -> r.latestTicket() != null && r.lastChangeAt() != null),
                inProgress.rows().toString());
    }

    @Test
    @Order(2)
    @RunAsClient
    void theCitizenReadsThemAPageAtATime() {
        PortalScreen.readManyRequests(citizen(), FILED, OBSERVED, ANSWERED);
    }
}
