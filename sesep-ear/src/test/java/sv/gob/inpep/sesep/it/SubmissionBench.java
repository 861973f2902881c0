package sv.gob.inpep.sesep.it;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wildfly.security.auth.server.SecurityIdentity;
import sv.gob.inpep.sesep.catalog.boundary.RequirementView;
import sv.gob.inpep.sesep.documents.boundary.Uploads;
import sv.gob.inpep.sesep.requests.boundary.Filed;
import sv.gob.inpep.sesep.requests.boundary.Filing;
import sv.gob.inpep.sesep.requests.boundary.FilingForm;
import sv.gob.inpep.sesep.requests.boundary.Requests;
import sv.gob.inpep.sesep.requests.control.ReceiptContent;
import sv.gob.inpep.sesep.requests.control.ReceiptRenderer;
import sv.gob.inpep.sesep.requests.control.TicketContent;
import sv.gob.inpep.sesep.requests.entity.ApplicantKind;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Benchmark, not a test (failsafe only picks it up with -Pbench): how long filing takes when 20
 * citizens file at once, each with a 2 MB PDF, and how long rendering a Comprobante and a ticket
 * takes. Runs inside the server through the same boundaries the portal calls (no HTTP, no JSF):
 * "upload" is Uploads.stage of the 2 MB PDF (content check with iText, SHA-256, database write),
 * "submit" is Requests.file (locks, SEI and ticket numbers, documents, receipt rows, audit, mail
 * queued), which is what the citizen waits for after "Presentar solicitud"; the receipts' PDFs are
 * rendered afterwards for the mail, so CPU per filing is also given with every mail sent.
 * <p>
 * Run (any database; add -Ppostgresql -Dsesep.it.pg.database=... for PostgreSQL):
 * <pre>
 * mvn -B verify -Pbench -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * Results are printed and written to sesep-ear/target/bench/submission.txt.
 */
@ExtendWith(ArquillianExtension.class)
class SubmissionBench {

    private static final int CITIZENS = 20;
    private static final int WARMUP_ROUNDS = 2;
    private static final int ROUNDS = 10;
    private static final int PDF_BYTES = 2 * 1024 * 1024;
    private static final int RENDERINGS = 200;

    @Inject
    Requests requests;

    @Inject
    Uploads uploads;

    @Inject
    RequestsTestData data;

    @Resource
    ManagedThreadFactory threads;

    @Test
    void submissionLatencyAndReceiptRendering() throws Exception {
        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "SESEP submission benchmark, %s, %d cores, max heap %d MB%n",
                LocalDateTime.now(), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20));
        report.append(renderingTimes());
        report.append(submissionTimes());
        System.out.println(report);
        Path out = Path.of(System.getProperty("jboss.server.base.dir", "."), "..", "..", "..", "..", "sesep-ear", "target", "bench");
        writeQuietly(out, report.toString());
    }

    private String submissionTimes() throws Exception {
        List<String> citizens = data.contributors("bench", CITIZENS);
        long service = data.serviceId("CONST-TSERV");
        byte[] pdf = TestFiles.pdfOfSize(PDF_BYTES);
        List<Long> upload = Collections.synchronizedList(new ArrayList<>());
        List<Long> submit = Collections.synchronizedList(new ArrayList<>());
        List<Long> ids = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(CITIZENS, threads);
        long wall;
        AssignmentBench.CpuTimes cpu;
        AssignmentBench.CpuTimes mailed;
        try (Mailbox mailbox = new Mailbox()) {
            CountDownLatch start = new CountDownLatch(1);
            CountDownLatch warmedUp = new CountDownLatch(CITIZENS);
            CountDownLatch measure = new CountDownLatch(1);
            List<Future<?>> runs = new ArrayList<>();
            for (String citizen : citizens) {
                runs.add(pool.submit(() -> {
                    // Logged in once, as in the portal: the password check is not part of a filing.
                    SecurityIdentity session = As.identity(citizen);
                    start.await();
                    for (int round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
                        if (round == WARMUP_ROUNDS) {
                            warmedUp.countDown();
                            measure.await();
                        }
                        FilingForm form = As.as(session, () -> requests.filingForm(service));
                        long requirement = form.requirements().stream().filter(RequirementView::mandatory)
                                .findFirst().orElseThrow().id();
                        long t0 = System.nanoTime();
                        As.as(session, () -> uploads.stage(form.submissionToken(), service, requirement, "dui.pdf", pdf));
                        long t1 = System.nanoTime();
                        Filed filed = As.as(session, () -> requests.file(new Filing(service, form.submissionToken(),
                                Map.of("motivo", "Requisito laboral", "institucion", "Ministerio de Salud"), true)));
                        long t2 = System.nanoTime();
                        ids.add(filed.requestId());
                        if (round >= WARMUP_ROUNDS) {
                            upload.add(t1 - t0);
                            submit.add(t2 - t1);
                        }
                    }
                    return null;
                }));
            }
            // The logins and the warm-up rounds (a fresh server compiling its code, their mails)
            // are not part of the measure: the CPU is counted from when every citizen is warm.
            start.countDown();
            warmedUp.await(30, TimeUnit.MINUTES);
            awaitMails(ids);
            AssignmentBench.CpuTimes cpuBefore = AssignmentBench.CpuTimes.now();
            long w0 = System.nanoTime();
            measure.countDown();
            for (Future<?> run : runs) {
                run.get(30, TimeUnit.MINUTES);
            }
            wall = System.nanoTime() - w0;
            cpu = AssignmentBench.CpuTimes.now().minus(cpuBefore);
            awaitMails(ids);
            // The receipts are rendered after the filing, for its mail: counted with the mail sent.
            mailed = AssignmentBench.CpuTimes.now().minus(cpuBefore);
            data.answerQueued(ids);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(CITIZENS * ROUNDS, submit.size());
        int filings = CITIZENS * ROUNDS;
        return String.format(Locale.ROOT, "%nFiling, %d citizens at once, %d rounds each after %d warm-up rounds, %.1f MB PDF:%n",
                CITIZENS, ROUNDS, WARMUP_ROUNDS, pdf.length / 1048576.0)
                + line("upload (stage 2 MB PDF)", upload)
                + line("submit (Requests.file)", submit)
                + String.format(Locale.ROOT, "  throughput: %d filings in %.1f s = %.1f filings/s%n",
                filings, wall / 1e9, filings / (wall / 1e9))
                + String.format(Locale.ROOT, "  CPU per filing (upload + submit, after the warm-up): this server's JVM %.0f ms,"
                        + " PostgreSQL %.0f ms, machine %.0f ms%n", cpu.server() * 10.0 / filings,
                cpu.postgresql() * 10.0 / filings, cpu.machine() * 10.0 / filings)
                + String.format(Locale.ROOT, "  CPU per filing with its receipts rendered and its mail sent"
                        + " (GreenMail runs in this JVM too): JVM %.0f ms, PostgreSQL %.0f ms, machine %.0f ms%n",
                mailed.server() * 10.0 / filings, mailed.postgresql() * 10.0 / filings, mailed.machine() * 10.0 / filings)
                + String.format(Locale.ROOT, "  targets: submit p95 <= 1 s: %s; CPU per filing <= 100 ms (JVM + PostgreSQL,"
                        + " receipts and mail included): %s (%.0f ms)%n",
                percentile(sorted(submit), 95) <= 1_000 ? "met" : "not met",
                (mailed.server() + mailed.postgresql()) * 10.0 / filings <= 100 ? "met" : "not met",
                (mailed.server() + mailed.postgresql()) * 10.0 / filings);
    }

    private void awaitMails(List<Long> ids) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 300_000;
        while (data.unsentNotifications(List.copyOf(ids)) > 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
    }

    private String renderingTimes() {
        ReceiptRenderer renderer = new ReceiptRenderer();
        LocalDateTime now = LocalDateTime.now();
        ReceiptContent receipt = new ReceiptContent(ApplicantKind.CONTRIBUTOR, "138702752037", "106959357", "1998-057837",
                "04512378-8", "José Antonio", "Martínez López", "2051-6287", "jose.martinez@sesep.example",
                "Constancia de tiempo de servicio", "Constancias y certificaciones", "Centro de Atención al Usuario",
                "SEI-2026000001", now, "CWG-1", false, "ABCD-EFGH-JKLM-NPQR",
                "https://sesep.inpep.gob.sv/sesep/verificar.xhtml?codigo=ABCD-EFGH-JKLM-NPQR");
        TicketContent ticket = new TicketContent("José Antonio Martínez López", "04512378-8", "CWG-1", "SEI-2026000001",
                now, "ABCD-EFGH-JKLM-NPQR", "https://sesep.inpep.gob.sv/sesep/verificar.xhtml?codigo=ABCD-EFGH-JKLM-NPQR");
        List<Long> receipts = time(RENDERINGS, () -> renderer.receipt(receipt).length);
        List<Long> tickets = time(RENDERINGS, () -> renderer.ticket(ticket).length);
        return String.format(Locale.ROOT, "%nReceipt rendering, one thread, %d each after %d warm-up:%n", RENDERINGS, RENDERINGS / 4)
                + line("Comprobante (Annex 1)", receipts)
                + line("ticket (Annex 2, 80 mm)", tickets);
    }

    private static List<Long> time(int count, LongSupplier work) {
        for (int i = 0; i < count / 4; i++) {
            work.getAsLong();
        }
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long t0 = System.nanoTime();
            work.getAsLong();
            times.add(System.nanoTime() - t0);
        }
        return times;
    }

    private static List<Long> sorted(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted;
    }

    private static String line(String what, List<Long> nanos) {
        List<Long> sorted = sorted(nanos);
        return String.format(Locale.ROOT, "  %-26s n=%d  p50 %.1f ms  p95 %.1f ms  max %.1f ms%n", what, sorted.size(),
                percentile(sorted, 50), percentile(sorted, 95), sorted.get(sorted.size() - 1) / 1e6);
    }

    private static double percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    private static void writeQuietly(Path folder, String report) {
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("submission.txt"), report);
        } catch (IOException | RuntimeException e) {
            System.out.println("(report not written to " + folder + ": " + e + ")");
        }
    }
}
