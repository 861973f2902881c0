package sv.gob.inpep.sesep.it;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import sv.gob.inpep.sesep.catalog.boundary.RequirementView;
import sv.gob.inpep.sesep.documents.boundary.Uploads;
import sv.gob.inpep.sesep.requests.boundary.Filed;
import sv.gob.inpep.sesep.requests.boundary.Filing;
import sv.gob.inpep.sesep.requests.boundary.FilingForm;
import sv.gob.inpep.sesep.requests.boundary.Numbering;
import sv.gob.inpep.sesep.requests.boundary.Requests;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SEI and ticket numbers under real concurrency: many citizens filing at the same moment, each
 * filing its own transaction on its own managed thread, all released together. Numbers must come
 * out distinct, consecutive and without gaps, and a counter that does not exist yet must be
 * created once however many transactions want it at the same time. Run on H2 and PostgreSQL.
 */
@ExtendWith(ArquillianExtension.class)
class NumberingIT {

    private static final int SUBMISSIONS = 200;
    private static final int CITIZENS = 20;

    @Inject
    Requests requests;

    @Inject
    Uploads uploads;

    @Inject
    Numbering numbering;

    @Inject
    RequestsTestData data;

    @Resource
    ManagedThreadFactory threads;

    @Resource
    UserTransaction tx;

    @Inject
    Clock clock;

    @Test
    void twoHundredParallelSubmissionsGetTwoHundredConsecutiveSeiNumbers() throws Exception {
        List<String> citizens = data.contributors("carga", CITIZENS);
        long service = data.serviceId("CONST-TSERV");
        byte[] dui = TestFiles.pdf("Documento Único de Identidad");

        // Every citizen opens forms and attaches the DUI first; then all submit at once.
        List<Callable<Filed>> submissions = new ArrayList<>();
        for (int i = 0; i < SUBMISSIONS; i++) {
            String citizen = citizens.get(i % CITIZENS);
            FilingForm form = As.user(citizen, () -> requests.filingForm(service));
            long requirement = form.requirements().stream().filter(RequirementView::mandatory).findFirst().orElseThrow().id();
            As.user(citizen, () -> uploads.stage(form.submissionToken(), service, requirement, "dui.pdf", dui));
            Filing filing = new Filing(service, form.submissionToken(),
                    Map.of("motivo", "Requisito laboral", "institucion", "Ministerio de Salud"), true);
            submissions.add(() -> As.user(citizen, () -> requests.file(filing)));
        }

        try (Mailbox mailbox = new Mailbox()) {
            List<Filed> filed = runTogether(submissions, CITIZENS);
            int year = LocalDate.now(clock).getYear();
            Set<String> seis = new TreeSet<>();
            Set<String> tickets = new HashSet<>();
            for (Filed f : filed) {
                seis.add(f.seiNumber());
                tickets.add(f.ticketNumber());
            }
            assertEquals(SUBMISSIONS, seis.size(), "distinct SEI numbers");
            assertEquals(SUBMISSIONS, tickets.size(), "distinct ticket numbers");
            List<Long> sequence = seis.stream().map(s -> Long.parseLong(s.substring(("SEI-" + year).length()))).sorted().toList();
            assertEquals(SUBMISSIONS - 1, sequence.get(SUBMISSIONS - 1) - sequence.get(0), "consecutive: " + sequence);
            List<Long> ticketSequence = tickets.stream().map(t -> Long.parseLong(t.substring("CWG-".length()))).sorted().toList();
            assertEquals(SUBMISSIONS - 1, ticketSequence.get(SUBMISSIONS - 1) - ticketSequence.get(0), "tickets consecutive");

            // No gaps over the whole year either: every number up to the counter was handed out.
            Set<String> ofYear = new HashSet<>(data.seiNumbersOfYear(year));
            long counter = data.counter("SEI-" + year);
            assertTrue(counter >= sequence.get(SUBMISSIONS - 1), "the counter is at least at the last number");
            for (long n = 1; n <= counter; n++) {
                String expected = String.format("SEI-%d%06d", year, n);
                assertTrue(ofYear.contains(expected), expected + " was never filed: a gap");
            }

            List<Long> ids = filed.stream().map(Filed::requestId).toList();
            long deadline = System.currentTimeMillis() + 180_000;
            while (data.unsentNotifications(ids) > 0 && System.currentTimeMillis() < deadline) {
                Thread.sleep(500);
            }
            assertEquals(0, data.unsentNotifications(ids), "every REQUEST_FILED mail went out");
            assertTrue(mailbox.await(SUBMISSIONS, 10_000));
            data.answerQueued(ids);
        }
    }

    @Test
    void aMissingCounterIsCreatedOnceEvenWhenManyWantItAtOnce() throws Exception {
        String key = "PRUEBA-" + UUID.randomUUID().toString().substring(0, 8);
        int parties = 30;
        List<Callable<Long>> takers = new ArrayList<>();
        for (int i = 0; i < parties; i++) {
            takers.add(() -> {
                tx.begin();
                try {
                    long value = numbering.next(key);
                    tx.commit();
                    return value;
                } catch (Exception e) {
                    tx.rollback();
                    throw e;
                }
            });
        }
        // The losers of the race to insert it are expected: nothing about them reaches the log as a
        // failed invocation (an operator would read an ERROR with a stack trace for every one).
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        Handler failedInvocations = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    failures.add(record.getLevel() + " " + record.getMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger invocations = Logger.getLogger("org.jboss.as.ejb3.invocation");
        invocations.addHandler(failedInvocations);
        List<Long> values;
        try {
            values = runTogether(takers, parties);
        } finally {
            invocations.removeHandler(failedInvocations);
        }
        assertEquals(new TreeSet<>(java.util.stream.LongStream.rangeClosed(1, parties).boxed().toList()), new TreeSet<>(values));
        assertEquals(parties, data.counter(key));
        assertEquals(List.of(), failures);
    }

    /** Runs the tasks on {@code parallelism} managed threads, all starting at the same moment. */
    private <T> List<T> runTogether(List<Callable<T>> tasks, int parallelism) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(parallelism, threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(5, TimeUnit.MINUTES));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
