package sv.gob.inpep.sesep.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import sv.gob.inpep.sesep.assignment.boundary.AgentDesk;
import sv.gob.inpep.sesep.assignment.boundary.AssignmentQueue;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The assignment queue's speed on PostgreSQL (a benchmark, not a timed test: run it with
 * {@code ./sesep bench}; it fails only on duplicates or lost tickets, and prints whether each
 * target was met). Inside the server, through the real boundary ({@link AssignmentQueue#becomeAvailable},
 * the real security domain, container transactions, EclipseLink, the audit trail):
 * <ol>
 * <li>200 agents, each holding a ticket for a simulated attention time between claims, with 1,000
 * tickets waiting: assignments/s and claim latency (p50, p99);</li>
 * <li>64 agents claiming back to back (no attention time) through SESEP, through plain JDBC with the
 * same claim SQL (the ceiling), through SESEP with a naive {@code FOR UPDATE} that waits for locked
 * rows instead of skipping them (QueueClaim's benchmark switch), and through plain JDBC with that
 * naive claim;</li>
 * <li>with a delaying relay between the server and PostgreSQL ({@link DatabaseRelay}: run with
 * {@code -Dsesep.it.pg.port=<a free port> -Dsesep.it.pg.relay-to=5432}), the 64-agent SESEP and
 * naive scenarios and scenario 1 again with a 1 ms round trip to the database, as when it runs on
 * another host;</li>
 * <li>scenario 1 again with 1,000,000 tickets waiting ({@code SESEP_BENCH_LARGE_QUEUE=1000} skips it).</li>
 * </ol>
 * Before the scenarios it counts what one assignment does, SESEP's against the plain JDBC claim's:
 * statements and round trips on the wire (through the relay), WAL bytes.
 * After each claim the agent gives the ticket back by plain JDBC (ticket back to the end of the
 * queue, request FILED, assignment released, agent AVAILABLE), the same for every way of claiming,
 * so the number of waiting tickets stays constant and only the claim differs. A release that does
 * not find the ticket held by its agent, or a claim of a ticket someone holds, is a duplicate;
 * tickets not waiting again at the end are lost.
 */
@ExtendWith(ArquillianExtension.class)
class AssignmentBench {

    static final int AGENTS = (int) BenchSettings.get("AGENTS", 200);
    static final int CLOSED_LOOP_AGENTS = (int) BenchSettings.get("CLOSED_AGENTS", 64);
    static final int SMALL_QUEUE = (int) BenchSettings.get("SMALL_QUEUE", 1_000);
    static final int LARGE_QUEUE = (int) BenchSettings.get("LARGE_QUEUE", 1_000_000);
    static final long WARMUP_MS = BenchSettings.get("WARMUP_MS", 5_000);
    static final long MEASURE_MS = BenchSettings.get("MEASURE_MS", 20_000);
    /** Mean simulated attention time in scenario 1 (uniform between half and one and a half times it). */
    static final long ATTENTION_MS = BenchSettings.get("ATTENTION_MS", 400);
    /** Unreported runs of the first scenario before the measured ones, at least (see {@link #warmUp}). */
    static final long WARMUP_RUNS = BenchSettings.get("WARMUP_RUNS", 2);
    /** ... and at most, when the JIT has not settled before. */
    static final long WARMUP_MAX_RUNS = BenchSettings.get("WARMUP_MAX_RUNS", 10);
    /** The JIT has settled when its compiler threads were busy less than this share of a warm-up run. */
    static final double JIT_SETTLED = 0.10;
    /** A claim slower than this is counted per second of the measured window, to show whether slow claims come together. */
    static final long SLOW_MICROS = 50_000;
    /** How often {@link Vacuum} looks for tables to vacuum when the server runs without autovacuum (0: never). */
    static final long VACUUM_SECONDS = BenchSettings.get("VACUUM_SECONDS", 10);

    static final String SKIP_LOCKED_SQL = "SELECT t.id FROM ticket t WHERE t.status = 'QUEUED'"
            + " AND t.service_id IN (SELECT s.service_id FROM agent_type_service s WHERE s.agent_type_id = ?)"
            + " AND t.area_id = ?"
            + " ORDER BY t.priority DESC, t.urgency DESC, t.queued_at, t.id FETCH FIRST 1 ROWS ONLY FOR UPDATE SKIP LOCKED";
    static final String NAIVE_SQL = SKIP_LOCKED_SQL.replace(" SKIP LOCKED", "");
    /**
     * The release: ticket back to the end of the queue (if this agent held it), its request FILED
     * again, the assignment released, the agent AVAILABLE; how many tickets it gave back.
     */
    static final String RELEASE_SQL = "WITH back AS (UPDATE ticket SET status = 'QUEUED', agent_id = NULL, assigned_at = NULL,"
            + " queued_at = ?, version = version + 1 WHERE id = ? AND agent_id = ? AND status = 'ASSIGNED' RETURNING request_id),"
            + " released AS (UPDATE ticket_assignment SET released_at = ?, release_reason = 'ABANDONED'"
            + " WHERE ticket_id = ? AND released_at IS NULL),"
            + " filed AS (UPDATE service_request SET status = 'FILED' WHERE id IN (SELECT request_id FROM back) AND status <> 'FILED'),"
            + " freed AS (UPDATE agent SET status = 'AVAILABLE', available_since = ?, status_changed_at = ? WHERE id = ?)"
            + " SELECT COUNT(*) FROM back";
    /** The relay's delay each way in the scenarios through it: a 1 ms round trip, a database on another host. */
    static final long RELAY_DELAY_MICROS = BenchSettings.get("RELAY_DELAY_MICROS", 500);
    /** Assignments made one after another to count what one does (statements, round trips, WAL). */
    static final int PROFILED = (int) BenchSettings.get("PROFILED", 100);
    /** QueueClaim's benchmark switch: SESEP's own claim without SKIP LOCKED. */
    static final String NAIVE_PROPERTY = "sesep.bench.naive-claim";

    @Inject
    AssignmentQueue queue;

    @Inject
    QueueData data;

    @Resource(lookup = "java:jboss/datasources/SesepDS")
    DataSource dataSource;

    @Inject
    java.time.Clock clock;

    private long service;
    private long agentType;
    private long[] agentIds;
    private Vacuum vacuum;
    /** The delaying relay between the server and PostgreSQL (DatabaseRelay), or null when the run has none. */
    private DelayRelay.Control relay;

    interface Claimer {
        /** Claims a ticket for the agent; its id, or null when none was free. */
        Long claim(int agent) throws Exception;
    }

    record Result(String scenario, int agents, long waiting, long assignments, double seconds, long p50Micros,
                  long p99Micros, long duplicates, long lost, long empty, CpuTimes cpu, double load,
                  double roundTrips) {

        double perSecond() {
            return assignments / seconds;
        }

        String row() {
            double each = 10.0 / Math.max(assignments, 1);
            return String.format(Locale.ROOT, "| %-52s | %6d | %9d | %13.0f | %8.1f | %8.1f | %10d | %4d | %6d |"
                            + " %6.2f | %6.2f | %5s | %4.1f |",
                    scenario, agents, waiting, perSecond(), p50Micros / 1000.0, p99Micros / 1000.0, duplicates, lost, empty,
                    cpu.server() * each, cpu.postgresql() * each,
                    Double.isNaN(roundTrips) ? "-" : String.format(Locale.ROOT, "%.1f", roundTrips), load);
        }
    }

    @Test
    void assignmentQueueBenchmark() throws Exception {
        String database = database();
        assertTrue(database.toLowerCase(Locale.ROOT).contains("postgres"),
                "the benchmark runs on PostgreSQL (./sesep bench), not on " + database);
        service = data.newService("benchmark");
        agentType = data.newAgentType(service);
        Agents agents = new Agents(data.newAgents("bench", AGENTS, agentType));
        agentIds = agentIds(agents);
        data.queueTickets(service, SMALL_QUEUE);
        analyze();

        Claimer sesep = agent -> {
            AgentDesk desk = agents.as(agent, queue::becomeAvailable);
            return desk.ticket() == null ? null : desk.ticket().ticketId();
        };
        List<Result> results = new ArrayList<>();
        String smallPlan = explain();
        relay = relay();
        if (relay != null) {
            relay.delayMicros(0);
        }
        vacuum = new Vacuum();
        vacuum.start();
        try {
            measure(agents, sesep, results, smallPlan, database);
        } finally {
            vacuum.interrupt();
            vacuum.join();
        }
    }

    private void measure(Agents agents, Claimer sesep, List<Result> results, String smallPlan, String database)
            throws Exception {
        boolean settled = warmUp(sesep);
        String profiles = "What one assignment does, " + PROFILED + " agents one after another (each claims once, then"
                + " all are released), median of 3 rounds, WAL the least" + (relay == null ? "; statements and round trips need the relay"
                + " (-Dsesep.it.pg.relay-to)" : ", counted by the relay on the wire") + ":\n"
                + profile("SESEP (AssignmentQueue.becomeAvailable)", sesep)
                + profile("plain JDBC, same claim SQL + UPDATE", jdbc(SKIP_LOCKED_SQL));
        System.out.print(profiles);
        Result attention = run("SESEP, attention " + ATTENTION_MS + " ms", AGENTS, SMALL_QUEUE, sesep, ATTENTION_MS);
        results.add(attention);
        Result sesepClosed = run("SESEP, back to back", CLOSED_LOOP_AGENTS, SMALL_QUEUE, sesep, 0);
        results.add(sesepClosed);
        Result ceiling = run("plain JDBC, same claim SQL (ceiling)", CLOSED_LOOP_AGENTS, SMALL_QUEUE, jdbc(SKIP_LOCKED_SQL), 0);
        results.add(ceiling);
        Result naive = naive(() -> run("SESEP with a naive FOR UPDATE (no SKIP LOCKED)", CLOSED_LOOP_AGENTS, SMALL_QUEUE,
                sesep, 0));
        results.add(naive);
        results.add(run("plain JDBC, naive FOR UPDATE", CLOSED_LOOP_AGENTS, SMALL_QUEUE, jdbc(NAIVE_SQL), 0));
        Result[] relayed = null;
        if (relay != null) {
            String via = String.format(Locale.ROOT, ", relay %.1f ms round trip", 2 * RELAY_DELAY_MICROS / 1000.0);
            relay.delayMicros(RELAY_DELAY_MICROS);
            try {
                relayed = new Result[4];
                relayed[0] = run("SESEP, back to back" + via, CLOSED_LOOP_AGENTS, SMALL_QUEUE, sesep, 0);
                relayed[1] = naive(() -> run("SESEP naive FOR UPDATE" + via, CLOSED_LOOP_AGENTS, SMALL_QUEUE, sesep, 0));
                relayed[2] = run("plain JDBC, same claim SQL" + via, CLOSED_LOOP_AGENTS, SMALL_QUEUE, jdbc(SKIP_LOCKED_SQL), 0);
                relayed[3] = run("SESEP, attention " + ATTENTION_MS + " ms" + via, AGENTS, SMALL_QUEUE, sesep, ATTENTION_MS);
            } finally {
                relay.delayMicros(0);
            }
            results.addAll(List.of(relayed));
        }
        Result attentionLarge = null;
        String largePlan = "";
        double bulkSeconds = 0;
        if (LARGE_QUEUE > SMALL_QUEUE) {
            long bulkStarted = System.nanoTime();
            bulkQueue(LARGE_QUEUE - SMALL_QUEUE);
            bulkSeconds = (System.nanoTime() - bulkStarted) / 1e9;
            largePlan = explain();
            attentionLarge = run("SESEP, attention " + ATTENTION_MS + " ms", AGENTS, LARGE_QUEUE, sesep, ATTENTION_MS);
            results.add(attentionLarge);
            largePlan += "Claim plan at the end of that scenario (the entries claimed meanwhile, until vacuumed):\n" + explain();
        }

        String report = report(database, vacuum.standsIn(), settled, results, attention, sesepClosed, ceiling, naive,
                relayed, attentionLarge, profiles, smallPlan, largePlan, bulkSeconds);
        System.out.println(report);
        Path file = Path.of(System.getProperty("jboss.server.base.dir", "."), "log", "assignment-bench.txt");
        write(file, report);
        for (Result result : results) {
            assertEquals(0, result.duplicates(), result.row());
            assertEquals(0, result.lost(), result.row());
        }
    }

    interface Scenario {
        Result run() throws Exception;
    }

    /** Runs a scenario with SESEP's claim switched to a naive FOR UPDATE (QueueClaim's benchmark switch). */
    private static Result naive(Scenario scenario) throws Exception {
        System.setProperty(NAIVE_PROPERTY, "true");
        try {
            return scenario.run();
        } finally {
            System.clearProperty(NAIVE_PROPERTY);
        }
    }

    /**
     * What one assignment costs the database: {@link #PROFILED} agents claim once each, one after
     * another, and then all give their tickets back. Statements, statements prepared and round
     * trips are counted on the wire by the relay (when the run has one); WAL from
     * {@code pg_current_wal_lsn()}, which covers the whole PostgreSQL server (other databases'
     * writes land in it too), so the least of three rounds is kept; the wire counts are the median
     * of three (a round may include a connection's first prepare or check).
     */
    private String profile(String name, Claimer claimer) throws Exception {
        double[] statements = new double[3];
        double[] parses = new double[3];
        double[] roundTrips = new double[3];
        double wal = Double.MAX_VALUE;
        double[] bytes = new double[3];
        StringBuilder each = new StringBuilder();
        for (int round = 0; round < 3; round++) {
            java.util.Map<String, Long> textsBefore = round == 2 && relay != null ? relay.statements() : null;
            long[] tickets = new long[PROFILED];
            // What reading the WAL position costs on the wire (a pooled connection's check, the query).
            java.util.Map<String, Long> probe = relayStats();
            walPosition();
            java.util.Map<String, Long> before = relayStats();
            long walBefore = walPosition();
            for (int agent = 0; agent < PROFILED; agent++) {
                Long ticket = claimer.claim(agent);
                assertTrue(ticket != null, name + ": nothing claimed for agent " + agent);
                tickets[agent] = ticket;
            }
            java.util.Map<String, Long> textsAfter = textsBefore == null ? null : relay.statements();
            long walAfter = walPosition();
            java.util.Map<String, Long> after = relayStats();
            if (textsBefore != null) {
                textsAfter.entrySet().stream()
                        .map(e -> java.util.Map.entry(e.getKey(), e.getValue() - textsBefore.getOrDefault(e.getKey(), 0L)))
                        .filter(e -> e.getValue() * 10 >= PROFILED)
                        .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
                        .forEach(e -> each.append(String.format(Locale.ROOT, "      %5.2f  %s%n", e.getValue() / (double) PROFILED,
                                e.getKey().length() > 150 ? e.getKey().substring(0, 150) + "…" : e.getKey())));
            }
            for (int agent = 0; agent < PROFILED; agent++) {
                assertTrue(release(tickets[agent], agent), name + ": agent " + agent + " did not hold its ticket");
            }
            wal = Math.min(wal, (walAfter - walBefore) / (double) PROFILED);
            if (before != null && after != null) {
                statements[round] = perAssignment(probe, before, after, "statements");
                parses[round] = perAssignment(probe, before, after, "parses");
                roundTrips[round] = perAssignment(probe, before, after, "roundTrips");
                bytes[round] = perAssignment(probe, before, after, "bytesToDatabase")
                        + perAssignment(probe, before, after, "bytesFromDatabase");
            }
        }
        String line = relay == null
                ? String.format(Locale.ROOT, "  %-42s %,8.0f WAL bytes per assignment%n", name, wal)
                : String.format(Locale.ROOT, "  %-42s %5.2f statements (%.2f prepared), %5.2f round trips, %,8.0f WAL bytes,"
                + " %,6.0f bytes on the wire per assignment%n", name, median(statements), median(parses), median(roundTrips), wal,
                median(bytes));
        line += each;
        System.out.print(line);
        return line;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** A counter's growth per profiled assignment, less the two WAL position reads inside the window. */
    private static double perAssignment(java.util.Map<String, Long> probe, java.util.Map<String, Long> before,
                                        java.util.Map<String, Long> after, String counter) {
        long read = before.get(counter) - probe.get(counter);
        return (after.get(counter) - before.get(counter) - 2 * read) / (double) PROFILED;
    }

    private long walPosition() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            try (ResultSet rows = statement.executeQuery("SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')")) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** The relay this run's datasource connects through (its port is the datasource's), or null. */
    private DelayRelay.Control relay() throws SQLException {
        String url;
        try (Connection connection = dataSource.getConnection()) {
            url = connection.getMetaData().getURL();
        }
        java.net.URI uri = java.net.URI.create(url.substring("jdbc:".length()));
        DelayRelay.Control control = new DelayRelay.Control(uri.getPort());
        return control.present() ? control : null;
    }

    private java.util.Map<String, Long> relayStats() throws IOException {
        return relay == null ? null : relay.stats();
    }

    /**
     * JIT, connection pool, caches and every agent's first call warm up on unreported runs of the
     * first scenario, until the JIT has settled: a server runs for weeks, so the figures are its
     * steady state, not its start-up. On two saturated cores the JIT's two compiler threads compete
     * with 200 agents for the CPU and fall behind (WildFly, EclipseLink and SESEP are a lot of code
     * to compile: measured, its compiler threads were busy 20 of 25 seconds in the third and fourth
     * minute of load, and ~1 second once settled). So after each run the agents pause until the
     * compiler's queue has drained, and the runs go on until the compiler was busy less than
     * {@value #JIT_SETTLED} of a run (at least {@link #WARMUP_RUNS}, at most
     * {@link #WARMUP_MAX_RUNS} runs; the report says whether it settled).
     */
    private boolean warmUp(Claimer sesep) throws Exception {
        java.lang.management.CompilationMXBean jit = java.lang.management.ManagementFactory.getCompilationMXBean();
        long runMillis = WARMUP_MS + MEASURE_MS;
        for (int i = 1; i <= WARMUP_MAX_RUNS; i++) {
            long before = jit.getTotalCompilationTime();
            run("(warm-up " + i + ")", AGENTS, SMALL_QUEUE, sesep, ATTENTION_MS);
            long busy = jit.getTotalCompilationTime() - before;
            long drained = drainCompiler(jit);
            System.out.printf(Locale.ROOT, "    JIT compiler threads busy %,d ms during warm-up run %d (%,d ms long),"
                    + " then %,d ms with the agents paused%n", busy, i, runMillis, drained);
            if (i >= WARMUP_RUNS && busy < JIT_SETTLED * runMillis) {
                return true;
            }
        }
        return false;
    }

    /** Waits (at most 30 s) until the JIT compiled nothing for a second; how long that took. */
    private static long drainCompiler(java.lang.management.CompilationMXBean jit) throws InterruptedException {
        long start = System.nanoTime();
        long seen = jit.getTotalCompilationTime();
        do {
            Thread.sleep(1000);
            long now = jit.getTotalCompilationTime();
            if (now == seen) {
                break;
            }
            seen = now;
        } while (System.nanoTime() - start < 30_000_000_000L);
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Runs one scenario: warm-up, then counts the claims that started inside the measured window. */
    private Result run(String scenario, int agentCount, long waiting, Claimer claimer, long attentionMs) throws Exception {
        ConcurrentHashMap<Long, Integer> held = new ConcurrentHashMap<>();
        AtomicLong duplicates = new AtomicLong();
        AtomicLong empty = new AtomicLong();
        long[][] latencies = new long[agentCount][];
        int[] counts = new int[agentCount];
        long begin = System.nanoTime();
        long measureFrom = begin + WARMUP_MS * 1_000_000;
        long measureTo = measureFrom + MEASURE_MS * 1_000_000;
        java.util.concurrent.atomic.AtomicIntegerArray slowPerSecond =
                new java.util.concurrent.atomic.AtomicIntegerArray((int) (MEASURE_MS / 1000) + 1);
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        for (int i = 0; i < agentCount; i++) {
            int agent = i;
            latencies[agent] = new long[4096];
            Thread thread = new Thread(() -> {
                try {
                    while (System.nanoTime() < measureTo) {
                        long start = System.nanoTime();
                        Long ticket = claimer.claim(agent);
                        long micros = (System.nanoTime() - start) / 1000;
                        if (ticket == null) {
                            empty.incrementAndGet();
                            Thread.sleep(5);
                            continue;
                        }
                        if (held.putIfAbsent(ticket, agent) != null) {
                            duplicates.incrementAndGet();
                        }
                        if (start >= measureFrom && start < measureTo) {
                            if (counts[agent] == latencies[agent].length) {
                                latencies[agent] = Arrays.copyOf(latencies[agent], counts[agent] * 2);
                            }
                            latencies[agent][counts[agent]++] = micros;
                            if (micros > SLOW_MICROS) {
                                slowPerSecond.incrementAndGet((int) ((start - measureFrom) / 1_000_000_000L));
                            }
                        }
                        if (attentionMs > 0) {
                            Thread.sleep(ThreadLocalRandom.current().nextLong(attentionMs / 2, attentionMs * 3 / 2 + 1));
                        }
                        held.remove(ticket, agent);
                        if (!release(ticket, agent)) {
                            duplicates.incrementAndGet();
                        }
                    }
                } catch (Throwable e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                }
            }, "bench-" + agent);
            threads.add(thread);
            thread.start();
        }
        WaitSampler waits = new WaitSampler(measureFrom, measureTo);
        waits.start();
        while (System.nanoTime() < measureFrom) {
            Thread.sleep(50);
        }
        long[] gcBefore = gc();
        long[] vacuumBefore = vacuum.done();
        long jitBefore = java.lang.management.ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
        double loadBefore = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        CpuTimes cpuBefore = CpuTimes.now();
        java.util.Map<String, Long> relayBefore = relayStats();
        while (System.nanoTime() < measureTo) {
            Thread.sleep(Math.max(1, Math.min(50, (measureTo - System.nanoTime()) / 1_000_000)));
        }
        CpuTimes cpu = CpuTimes.now().minus(cpuBefore);
        java.util.Map<String, Long> relayAfter = relayStats();
        for (Thread thread : threads) {
            thread.join();
        }
        long[] gcAfter = gc();
        long[] vacuumAfter = vacuum.done();
        long jitMillis = java.lang.management.ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jitBefore;
        double loadAfter = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        waits.join();
        if (!failures.isEmpty()) {
            throw new AssertionError(scenario + ": " + failures.size() + " agents failed", failures.get(0));
        }
        long total = Arrays.stream(counts).asLongStream().sum();
        long[] all = new long[(int) total];
        int k = 0;
        for (int i = 0; i < agentCount; i++) {
            System.arraycopy(latencies[i], 0, all, k, counts[i]);
            k += counts[i];
        }
        Arrays.sort(all);
        long lost = waiting - queued();
        // Every round trip in the window: the claims' and the bench's releases (one each), the sampler's.
        double roundTrips = relayBefore == null || relayAfter == null ? Double.NaN
                : (relayAfter.get("roundTrips") - relayBefore.get("roundTrips")) / (double) Math.max(total, 1);
        Result result = new Result(scenario, agentCount, waiting, total, MEASURE_MS / 1000.0, percentile(all, 0.50),
                percentile(all, 0.99), duplicates.get(), lost, empty.get(), cpu, loadAfter, roundTrips);
        System.out.println(result.row());
        System.out.printf(Locale.ROOT, "    claim latency p90 %.1f ms, p99.9 %.1f ms, max %.1f ms; claims over %d ms in each second"
                        + " of the window: %s; vacuum passes began at second %s%n", percentile(all, 0.90) / 1000.0,
                percentile(all, 0.999) / 1000.0, all.length == 0 ? 0 : all[all.length - 1] / 1000.0, SLOW_MICROS / 1000,
                slowPerSecond, vacuum.passesBetween(measureFrom, measureTo));
        System.out.println("    " + cpu.perAssignment(total));
        System.out.println("    what the database's active sessions were doing (samples every 100 ms): " + waits.summary());
        System.out.printf(Locale.ROOT,
                "    server JVM while measured: %d garbage collections, %d ms in them; JIT compiler threads busy %,d ms;"
                        + " machine load average %.1f -> %.1f%n",
                gcAfter[0] - gcBefore[0], gcAfter[1] - gcBefore[1], jitMillis, loadBefore, loadAfter);
        if (vacuum.standsIn()) {
            System.out.printf(Locale.ROOT, "    vacuum standing in for autovacuum while measured: %d tables, %d ms%n",
                    vacuumAfter[0] - vacuumBefore[0], vacuumAfter[1] - vacuumBefore[1]);
        }
        return result;
    }

    /**
     * Samples pg_stat_activity during the measured window: where the sessions of this database
     * spend their time (CPU, lock waits, WAL, client round trips), to explain a slow scenario.
     */
    private final class WaitSampler extends Thread {

        private final long from;
        private final long to;
        private final java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
        private int samples;

        WaitSampler(long from, long to) {
            super("bench-wait-sampler");
            this.from = from;
            this.to = to;
        }

        @Override
        public void run() {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement sample = connection.prepareStatement("SELECT COALESCE(wait_event_type || ':' || wait_event,"
                         + " 'CPU'), COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND state = 'active'"
                         + " AND pid <> pg_backend_pid() GROUP BY 1")) {
                while (System.nanoTime() < to) {
                    if (System.nanoTime() >= from) {
                        samples++;
                        try (ResultSet rows = sample.executeQuery()) {
                            while (rows.next()) {
                                counts.merge(rows.getString(1), rows.getInt(2), Integer::sum);
                            }
                        }
                    }
                    Thread.sleep(100);
                }
            } catch (SQLException | InterruptedException e) {
                counts.put("sampler failed: " + e, 0);
            }
        }

        String summary() {
            if (samples == 0) {
                return "no samples";
            }
            return counts.entrySet().stream()
                    .sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed())
                    .limit(6)
                    .map(e -> String.format(Locale.ROOT, "%s %.1f", e.getKey(), e.getValue() / (double) samples))
                    .collect(java.util.stream.Collectors.joining(", "));
        }
    }

    /**
     * Autovacuum's work, done here when the server runs without it. This machine's PostgreSQL has
     * {@code autovacuum = off} (/etc/postgresql/15/main/conf.d/90-ci.conf); a production server keeps
     * it on. The queue's tables are small and every assignment leaves dead row versions in them
     * (hundreds a second): unvacuumed, each agent lock and each claim wades through more of them
     * the longer the benchmark runs, and the figures would measure that setting, not SESEP. So,
     * only when autovacuum is off, every {@link #VACUUM_SECONDS} seconds this vacuums each table of
     * the database that autovacuum would pick, by the same rule: more dead rows than the table's
     * threshold plus its scale factor times its live rows, each from the table's own settings
     * (which the schema sets for the queue's tables, db/migration-postgresql) or else the server's;
     * VACUUM itself follows the table's index cleanup setting; and paced like autovacuum's workers
     * (its cost delay and limit), since a manual VACUUM runs flat out. Autovacuum with a 10-second
     * nap instead of one minute, as a DBA sets it for queue tables. It runs on the same cores as
     * everything else, so its cost is in the figures.
     */
    private final class Vacuum extends Thread {

        private volatile boolean standsIn;
        private long tables;
        private final java.util.Queue<Long> passes = new java.util.concurrent.ConcurrentLinkedQueue<>();
        private long millis;

        /** The tables autovacuum would vacuum now (its rule, with each table's own settings where it has them). */
        static final String DUE_SQL = "SELECT s.relname FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid"
                + " WHERE s.n_dead_tup > " + setting("c", "autovacuum_vacuum_threshold")
                + " + " + setting("c", "autovacuum_vacuum_scale_factor") + " * s.n_live_tup";

        /** Autovacuum's cost-based pacing for this session's VACUUM: its delay and limit, where -1 means "as VACUUM's". */
        static final String PACE_SQL = "SELECT set_config('vacuum_cost_delay', CASE current_setting('autovacuum_vacuum_cost_delay')"
                + " WHEN '-1' THEN current_setting('vacuum_cost_delay') ELSE current_setting('autovacuum_vacuum_cost_delay') END,"
                + " false), set_config('vacuum_cost_limit', CASE current_setting('autovacuum_vacuum_cost_limit')"
                + " WHEN '-1' THEN current_setting('vacuum_cost_limit') ELSE current_setting('autovacuum_vacuum_cost_limit') END,"
                + " false)";

        Vacuum() {
            super("bench-vacuum");
        }

        /** A table's autovacuum setting, or the server's when the table has none. */
        private static String setting(String table, String name) {
            return "COALESCE((SELECT CAST(o.option_value AS FLOAT8) FROM pg_options_to_table(" + table + ".reloptions) o"
                    + " WHERE o.option_name = '" + name + "'), CAST(current_setting('" + name + "') AS FLOAT8))";
        }

        boolean standsIn() {
            return standsIn;
        }

        /** The seconds, from {@code from}, at which vacuum passes began before {@code to}. */
        String passesBetween(long from, long to) {
            return passes.stream().filter(t -> t >= from && t < to).map(t -> String.valueOf((t - from) / 1_000_000_000L))
                    .collect(java.util.stream.Collectors.joining(", ", "[", "]"));
        }

        /** Tables vacuumed and milliseconds spent so far. */
        synchronized long[] done() {
            return new long[]{tables, millis};
        }

        @Override
        public void run() {
            if (VACUUM_SECONDS <= 0) {
                return;
            }
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                connection.setAutoCommit(true);
                try (ResultSet setting = statement.executeQuery("SHOW autovacuum")) {
                    setting.next();
                    if (!"off".equals(setting.getString(1))) {
                        return;
                    }
                }
                standsIn = true;
                // Paced as autovacuum paces its workers (a manual VACUUM runs unthrottled).
                statement.execute(PACE_SQL);
                while (!isInterrupted()) {
                    Thread.sleep(VACUUM_SECONDS * 1000);
                    passes.add(System.nanoTime());
                    List<String> due = new ArrayList<>();
                    try (ResultSet rows = statement.executeQuery(DUE_SQL)) {
                        while (rows.next()) {
                            due.add(rows.getString(1));
                        }
                    }
                    for (String table : due) {
                        long start = System.nanoTime();
                        statement.execute("VACUUM " + table);
                        synchronized (this) {
                            tables++;
                            millis += (System.nanoTime() - start) / 1_000_000;
                        }
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (SQLException e) {
                System.out.println("    vacuum stopped: " + e);
            }
        }
    }

    /**
     * CPU time used so far, from Linux's /proc in clock ticks (1/100 s): the whole machine (busy,
     * i.e. not idle or waiting for I/O), this server's JVM (SESEP, and the benchmark's agents and
     * their releases of tickets) and every PostgreSQL process. Busy time per assignment is the
     * steadiest figure to compare two runs on a shared machine, where throughput and latency move
     * with whatever else the cores are doing.
     */
    record CpuTimes(long machine, long server, long postgresql) {

        static CpuTimes now() throws IOException {
            return of(Path.of("/proc/self"));
        }

        /** As {@link #now()}, with another process as the server (a benchmark that is the server's client). */
        static CpuTimes now(long serverPid) throws IOException {
            return of(Path.of("/proc", Long.toString(serverPid)));
        }

        private static CpuTimes of(Path serverProcess) throws IOException {
            String[] total = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long machine = 0;
            for (int field : new int[]{1, 2, 3, 6, 7, 8}) { // user nice system irq softirq steal
                machine += Long.parseLong(total[field]);
            }
            long postgresql = 0;
            try (var processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
                for (Path process : processes) {
                    String stat = processStat(process);
                    if (stat != null && stat.contains("(postgres)")) {
                        postgresql += ticks(stat);
                    }
                }
            }
            String server = processStat(serverProcess);
            return new CpuTimes(machine, server == null ? 0 : ticks(server), postgresql);
        }

        CpuTimes minus(CpuTimes earlier) {
            return new CpuTimes(machine - earlier.machine, server - earlier.server, postgresql - earlier.postgresql);
        }

        String perAssignment(long assignments) {
            double each = 10.0 / Math.max(assignments, 1); // ms per tick, per assignment
            return String.format(Locale.ROOT, "CPU per assignment while measured: machine %.2f ms (this server's JVM %.2f,"
                    + " PostgreSQL %.2f, the rest %.2f)", machine * each, server * each, postgresql * each,
                    (machine - server - postgresql) * each);
        }

        /** utime + stime of a /proc/<pid>/stat line (fields 14 and 15, counted after the command's closing parenthesis). */
        private static long ticks(String stat) {
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        }

        private static String processStat(Path process) {
            try {
                return Files.readString(process.resolve("stat"));
            } catch (IOException e) {
                return null; // the process ended meanwhile
            }
        }
    }

    /** Garbage collections so far in this JVM: count and milliseconds. */
    private static long[] gc() {
        long count = 0;
        long millis = 0;
        for (java.lang.management.GarbageCollectorMXBean bean : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, bean.getCollectionCount());
            millis += Math.max(0, bean.getCollectionTime());
        }
        return new long[]{count, millis};
    }

    /** The claim SQL alone, through the datasource: lock the row, mark it assigned, commit. */
    private Claimer jdbc(String sql) {
        return agent -> {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                Long id = null;
                try (PreparedStatement claim = connection.prepareStatement(sql)) {
                    claim.setLong(1, agentType);
                    claim.setLong(2, QueueData.CAU_AREA);
                    try (ResultSet rows = claim.executeQuery()) {
                        if (rows.next()) {
                            id = rows.getLong(1);
                        }
                    }
                }
                if (id != null) {
                    try (PreparedStatement assign = connection.prepareStatement("UPDATE ticket SET status = 'ASSIGNED',"
                            + " agent_id = ?, assigned_at = ?, version = version + 1 WHERE id = ?")) {
                        assign.setLong(1, agentIds[agent]);
                        assign.setTimestamp(2, Timestamp.valueOf(java.time.LocalDateTime.now(clock)));
                        assign.setLong(3, id);
                        assign.executeUpdate();
                    }
                }
                connection.commit();
                return id;
            }
        };
    }

    /**
     * Gives the ticket back to the end of the queue and frees the agent; false if the agent did not
     * hold it. One statement in its own transaction, so that the scaffolding keeping the queue full
     * costs the cores it shares with what is measured as little as it can.
     */
    private boolean release(long ticket, int agent) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement release = connection.prepareStatement(RELEASE_SQL)) {
            connection.setAutoCommit(true);
            Timestamp now = Timestamp.valueOf(java.time.LocalDateTime.now(clock));
            release.setTimestamp(1, now);
            release.setLong(2, ticket);
            release.setLong(3, agentIds[agent]);
            release.setTimestamp(4, now);
            release.setLong(5, ticket);
            release.setTimestamp(6, now);
            release.setTimestamp(7, now);
            release.setLong(8, agentIds[agent]);
            try (ResultSet held = release.executeQuery()) {
                held.next();
                return held.getInt(1) == 1;
            }
        }
    }

    /** Tickets waiting again: after a scenario every ticket must be back in the queue. */
    private long queued() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement count = connection.prepareStatement(
                     "SELECT COUNT(*) FROM ticket WHERE service_id = ? AND status = 'QUEUED'")) {
            count.setLong(1, service);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** The large queue, in bulk: filed requests of the demo contributor with their waiting tickets. */
    private void bulkQueue(int count) throws SQLException {
        Timestamp now = Timestamp.valueOf(java.time.LocalDateTime.now(clock));
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement requests = connection.prepareStatement("INSERT INTO service_request (id, sei_number,"
                    + " citizen_id, applicant_kind, affiliate_id, service_id, form_data, status, submission_token,"
                    + " declaration_accepted_at, filed_at, version)"
                    + " SELECT 900000000 + g, 'SEI-B' || g, c.id, c.applicant_kind, c.affiliate_id, ?, '{}', 'FILED',"
                    + " 'bench-' || g, ?, ?, 0 FROM generate_series(1, ?) g"
                    + " CROSS JOIN citizen c JOIN user_account u ON u.id = c.account_id WHERE u.username = ?");
                 PreparedStatement tickets = connection.prepareStatement("INSERT INTO ticket (id, ticket_number,"
                         + " request_id, service_id, area_id, status, priority, queued_at, version)"
                         + " SELECT 900000000 + g, 'B-' || g, 900000000 + g, ?, " + QueueData.CAU_AREA + ", 'QUEUED', 0,"
                         + " CAST(? AS TIMESTAMP) - g * INTERVAL '1 millisecond', 0 FROM generate_series(1, ?) g")) {
                requests.setLong(1, service);
                requests.setTimestamp(2, now);
                requests.setTimestamp(3, now);
                requests.setInt(4, count);
                requests.setString(5, DemoAccounts.CONTRIBUTOR);
                assertEquals(count, requests.executeUpdate());
                tickets.setLong(1, service);
                tickets.setTimestamp(2, now);
                tickets.setInt(3, count);
                assertEquals(count, tickets.executeUpdate());
            }
            connection.commit();
        }
        analyze();
        checkpoint();
    }

    /**
     * Writes out what the bulk insert left in the database's buffers before the last scenario is
     * measured. The insert writes about 1.5 GB of WAL in under a minute, so PostgreSQL runs one
     * checkpoint after another (max_wal_size) well into the next scenario: seen here, the claims
     * slower than 50 ms came in the seconds that such a checkpoint was writing and syncing. The
     * scenario is a server on which a million tickets have been waiting, not one that has just
     * loaded them, so that debt is paid first, as a server's own checkpoints would have.
     */
    private void checkpoint() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("CHECKPOINT");
        }
    }

    private void analyze() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("VACUUM ANALYZE ticket");
            statement.execute("VACUUM ANALYZE service_request");
        }
    }

    /** How PostgreSQL runs the claim (the lock taken is rolled back). */
    private String explain() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            StringBuilder plan = new StringBuilder();
            try (PreparedStatement explain = connection.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + SKIP_LOCKED_SQL)) {
                explain.setLong(1, agentType);
                explain.setLong(2, QueueData.CAU_AREA);
                try (ResultSet rows = explain.executeQuery()) {
                    while (rows.next()) {
                        plan.append("    ").append(rows.getString(1)).append('\n');
                    }
                }
            }
            connection.rollback();
            return plan.toString();
        }
    }

    private long[] agentIds(Agents agents) throws SQLException {
        long[] ids = new long[agents.size()];
        try (Connection connection = dataSource.getConnection();
             PreparedStatement find = connection.prepareStatement(
                     "SELECT a.id FROM agent a JOIN user_account u ON u.id = a.account_id WHERE u.username = ?")) {
            for (int i = 0; i < ids.length; i++) {
                find.setString(1, agents.username(i));
                try (ResultSet rows = find.executeQuery()) {
                    rows.next();
                    ids[i] = rows.getLong(1);
                }
            }
        }
        return ids;
    }

    /** The database, and the median of 500 round trips to it ({@code SELECT 1}) over one pooled connection. */
    private String database() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement ping = connection.prepareStatement("SELECT 1")) {
            long[] micros = new long[500];
            for (int i = 0; i < micros.length; i++) {
                long start = System.nanoTime();
                ping.executeQuery().close();
                micros[i] = (System.nanoTime() - start) / 1000;
            }
            Arrays.sort(micros);
            return String.format(Locale.ROOT, "%s %s, round trip p50 %.2f ms", connection.getMetaData().getDatabaseProductName(),
                    connection.getMetaData().getDatabaseProductVersion(), percentile(micros, 0.5) / 1000.0);
        }
    }

    private static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static String report(String database, boolean vacuumStandsIn, boolean jitSettled, List<Result> results,
                                 Result attentionSmall, Result sesep, Result ceiling, Result naive, Result[] relayed,
                                 Result attentionLarge, String profiles, String smallPlan, String largePlan,
                                 double bulkSeconds) {
        StringBuilder out = new StringBuilder();
        out.append("\n=== SESEP assignment queue benchmark ===\n");
        out.append(String.format(Locale.ROOT, "%s, %d cores, warm-up %d s, measured %d s per scenario%n", database,
                Runtime.getRuntime().availableProcessors(), WARMUP_MS / 1000, MEASURE_MS / 1000));
        out.append(jitSettled ? "warmed up until the JIT settled (compiler threads busy < 10 % of a warm-up run)\n"
                : String.format(Locale.ROOT, "the JIT had NOT settled after %d warm-up runs: figures include start-up%n",
                        WARMUP_MAX_RUNS));
        if (vacuumStandsIn) {
            out.append(String.format(Locale.ROOT, "autovacuum is off on this server: the benchmark vacuumed like autovacuum,"
                    + " every %d s (SESEP_BENCH_VACUUM_SECONDS)%n", VACUUM_SECONDS));
        }
        out.append(profiles);
        out.append("CPU ms per assignment (server JVM with the agents, PostgreSQL); round trips per assignment on the wire,"
                + " with the bench's one-statement release; machine load average at the end of each scenario\n");
        out.append("| scenario                                             | agents |   waiting | assignments/s |   p50 ms |   p99 ms |"
                + " duplicates | lost |  empty | JVM ms |  PG ms |    rt | load |\n");
        out.append("|------------------------------------------------------|--------|-----------|---------------|----------|----------|"
                + "------------|------|--------|--------|--------|-------|------|\n");
        results.forEach(r -> out.append(r.row()).append('\n'));
        if (attentionLarge != null) {
            out.append(String.format(Locale.ROOT, "(%,d waiting tickets inserted, vacuumed and checkpointed in %.0f s before"
                    + " the last scenario)%n", LARGE_QUEUE - SMALL_QUEUE, bulkSeconds));
        }
        out.append("Targets:\n");
        target(out, String.format(Locale.ROOT, "%.0f assignments/s >= 400 at %d agents",
                        attentionSmall.perSecond(), attentionSmall.agents()),
                attentionSmall.perSecond() >= 400);
        target(out, String.format(Locale.ROOT, "p99 %.1f ms <= 50 ms", attentionSmall.p99Micros() / 1000.0),
                attentionSmall.p99Micros() <= 50_000);
        double ofCeiling = sesep.perSecond() / ceiling.perSecond();
        target(out, String.format(Locale.ROOT, "SESEP %.0f/s = %.0f %% of plain JDBC %.0f/s back to back (>= 60 %%)",
                sesep.perSecond(), 100 * ofCeiling, ceiling.perSecond()), ofCeiling >= 0.60);
        overNaive(out, "database on loopback", sesep, naive);
        out.append(String.format(Locale.ROOT, "            (SESEP cannot beat the plain-JDBC ceiling, so on loopback the most"
                + " it could show is %.1fx: the naive lock serialises only SESEP's short claim transaction)%n",
                ceiling.perSecond() / Math.max(naive.perSecond(), 0.001)));
        if (relayed != null) {
            overNaive(out, "database 1 ms away (relay)", relayed[0], relayed[1]);
            target(out, String.format(Locale.ROOT, "through the relay: %.0f assignments/s >= 400 at %d agents",
                    relayed[3].perSecond(), relayed[3].agents()), relayed[3].perSecond() >= 400);
            target(out, String.format(Locale.ROOT, "through the relay: p99 %.1f ms <= 50 ms", relayed[3].p99Micros() / 1000.0),
                    relayed[3].p99Micros() <= 50_000);
            out.append(String.format(Locale.ROOT, "            (through the relay SESEP back to back is %.0f %% of plain JDBC)%n",
                    100 * relayed[0].perSecond() / Math.max(relayed[2].perSecond(), 0.001)));
        } else {
            out.append("  [not run] the scenarios through a delaying relay: run with -Dsesep.it.pg.port=<free port>"
                    + " -Dsesep.it.pg.relay-to=5432\n");
        }
        if (attentionLarge != null) {
            double ratio = (double) attentionLarge.p99Micros() / Math.max(attentionSmall.p99Micros(), 1);
            target(out, String.format(Locale.ROOT, "p99 with %,d waiting / with %,d waiting = %.2f (<= 1.5)", LARGE_QUEUE,
                    SMALL_QUEUE, ratio), ratio <= 1.5);
        }
        target(out, "0 duplicates, 0 lost", results.stream().allMatch(r -> r.duplicates() == 0 && r.lost() == 0));
        out.append("Claim plan with ").append(SMALL_QUEUE).append(" waiting:\n").append(smallPlan);
        if (attentionLarge != null) {
            out.append("Claim plan with ").append(LARGE_QUEUE).append(" waiting:\n").append(largePlan);
        }
        return out.toString();
    }

    /** SESEP against its claim with a naive FOR UPDATE: >= 3x the throughput and a p99 >= 3x lower. */
    private static void overNaive(StringBuilder out, String where, Result sesep, Result naive) {
        double faster = sesep.perSecond() / Math.max(naive.perSecond(), 0.001);
        target(out, String.format(Locale.ROOT, "%s: SESEP %.0f/s = %.1fx itself with a naive FOR UPDATE %.0f/s at %d agents"
                + " (>= 3x)", where, sesep.perSecond(), faster, naive.perSecond(), naive.agents()), faster >= 3);
        double lower = (double) naive.p99Micros() / Math.max(sesep.p99Micros(), 1);
        target(out, String.format(Locale.ROOT, "%s: p99 %.1f ms = %.1fx lower than the naive claim's %.1f ms (>= 3x)",
                where, sesep.p99Micros() / 1000.0, lower, naive.p99Micros() / 1000.0), lower >= 3);
    }

    private static void target(StringBuilder out, String text, boolean met) {
        out.append(met ? "  [met]     " : "  [NOT MET] ").append(text).append('\n');
    }

    private static void write(Path file, String report) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
    }
}
