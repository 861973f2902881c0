package sv.gob.inpep.sesep.it;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Benchmark, not a test (failsafe picks it up only with -Pbench; {@code ./sesep bench
 * -Dit.test=PollBench}): what idle agents' pages cost the server, and how soon a ticket filed for
 * a waiting agent reaches their screen. {@code SESEP_BENCH_POLL_AGENTS} (200) agents sign in over
 * HTTP/1.1 (the suite's {@link FacesClient}: cookies, view state, PrimeFaces' nonce), go "Cambiar a
 * disponible" and sit with nothing of theirs waiting, in two ways side by side in one run:
 * <ol>
 * <li>"JSF poll": every 3 s the postback the page's former {@code p:poll} sent ({@code desk:poll},
 *     process itself, render the desk's status), which restores and renders the view;</li>
 * <li>"desk watch": what sesep.js does now: one request waiting on {@code /panel/agente/escritorio}
 *     until the desk changes or 25 s pass, and the JSF redraw only when it changed.</li>
 * </ol>
 * For each, the server's CPU over {@code SESEP_BENCH_POLL_MEASURE_MS} (60,000) of idleness, from
 * /proc of the server's process (and PostgreSQL's, which other builds on the machine share), as a
 * share of one core (target at most 10 %); then {@code SESEP_BENCH_POLL_TICKETS} (20) tickets are
 * filed in the server 1.5 s apart and each is timed from its filing to the moment the desk's
 * update showing it reached its agent (target p95 at most 1 s).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PollBench {

    private static final int AGENTS = (int) BenchSettings.get("POLL_AGENTS", 200);
    private static final long MEASURE_MS = BenchSettings.get("POLL_MEASURE_MS", 60_000);
    private static final int TICKETS = (int) BenchSettings.get("POLL_TICKETS", 20);
    private static final long WARMUP_MS = 15_000;
    private static final long POLL_MS = 3_000;
    private static final long FILING_GAP_MS = 1_500;
    private static final String PREFIX = "poll-bench-";
    private static final double CPU_TARGET = 10.0;
    private static final long LATENCY_TARGET_MS = 1_000;

    private static final Pattern TICKET_NUMBER = Pattern.compile("id=\"ticketNumber\">([^<]+)<");
    private static final Pattern DESK_STATE = Pattern.compile("data-state=\"([^\"]*)\"");

    @Inject
    QueueData data;

    @Resource
    ManagedThreadFactory threads;

    /** Client and server share this folder (one machine): the client asks for filings, the server says when it filed. */
    private static Path exchange() {
        return Path.of(System.getProperty("java.io.tmpdir"), "sesep-poll-bench-" + Ports.offset());
    }

    private static List<String> usernames() {
        return IntStream.range(0, AGENTS).mapToObj(i -> PREFIX + i).toList();
    }

    @Test
    @Order(1)
    void agentsOfAServiceOfTheirOwnAndAFilerThatWaitsForTheirPages() throws IOException {
        long service = data.newService("poll");
        data.namedAgents(usernames(), data.newAgentType(service));
        Path folder = exchange();
        Files.createDirectories(folder);
        try (var old = Files.list(folder)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        Thread filer = threads.newThread(() -> fileOnRequest(service, folder));
        filer.setDaemon(true);
        filer.start();
    }

    /** In the server: on each request of the client ("file-<scenario>"), files the tickets one by one and writes when. */
    private void fileOnRequest(long service, Path folder) {
        long deadline = System.currentTimeMillis() + TimeUnit.MINUTES.toMillis(30);
        List<String> done = new ArrayList<>();
        try {
            while (System.currentTimeMillis() < deadline && done.size() < 2) {
                try (var files = Files.list(folder)) {
                    for (Path ask : files.filter(f -> f.getFileName().toString().startsWith("file-")).toList()) {
                        String scenario = ask.getFileName().toString().substring("file-".length());
                        Files.delete(ask);
                        StringBuilder filed = new StringBuilder();
                        for (int i = 0; i < TICKETS; i++) {
                            long id = data.queueTickets(service, 1).get(0);
                            filed.append(data.ticketNumber(id)).append(' ').append(System.currentTimeMillis()).append('\n');
                            Thread.sleep(FILING_GAP_MS);
                        }
                        Files.writeString(folder.resolve("filed-" + scenario + ".tmp"), filed);
                        Files.move(folder.resolve("filed-" + scenario + ".tmp"), folder.resolve("filed-" + scenario));
                        done.add(scenario);
                    }
                }
                Thread.sleep(100);
            }
        } catch (IOException | RuntimeException e) {
            System.out.println("BENCH poll filer stopped: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    @Order(2)
    @RunAsClient
    void idleAgentsAndTheirNextTicket() throws Exception {
        long pid = serverPid();
        List<Agent> agents = signIn();
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "SESEP poll benchmark: %d idle agents over HTTP/1.1, server pid %d, %d cores%n",
                AGENTS, pid, Runtime.getRuntime().availableProcessors()));
        report.append(baseline(pid));
        report.append(scenario("JSF poll every 3 s", "A", pid, agents, this::jsfPoll));
        report.append(scenario("desk watch (long wait)", "B", pid, agents, this::deskWatch));
        System.out.println(report);
        Path out = Path.of("target", "bench");
        Files.createDirectories(out);
        Files.writeString(out.resolve("poll.txt"), report);
    }

    /** One signed-in agent's page: its HTTP client, the state its desk shows, and what it saw. */
    private static final class Agent {
        final FacesClient browser = new FacesClient(Ports.base());
        volatile String state;
        final Map<String, Long> seen = new ConcurrentHashMap<>();
    }

    private interface Loop {
        /** One agent's page until {@code until} (epoch ms), counting its requests and failures. */
        void run(Agent agent, long until, AtomicLong requests, AtomicLong errors) throws Exception;
    }

    private List<Agent> signIn() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Agent>> signing = new ArrayList<>();
            for (String username : usernames()) {
                signing.add(pool.submit(() -> {
                    Agent agent = new Agent();
                    assertTrue(agent.browser.logIn(username, DemoAccounts.PASSWORD), username);
                    agent.browser.get("/panel/agente/atencion.xhtml");
                    FacesClient.Page available = agent.browser.ajax("desk", "desk:available", "desk", "desk workspace", Map.of());
                    assertEquals(200, available.status());
                    agent.state = state(available.body());
                    assertEquals("AVAILABLE:", agent.state, username + " waits with nothing handed over");
                    return agent;
                }));
            }
            List<Agent> agents = new ArrayList<>();
            for (Future<Agent> f : signing) {
                agents.add(f.get(10, TimeUnit.MINUTES));
            }
            return agents;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The former p:poll: the same postback every 3 s whatever happens. */
    private void jsfPoll(Agent agent, long until, AtomicLong requests, AtomicLong errors) throws Exception {
        Thread.sleep(ThreadLocalRandom.current().nextLong(POLL_MS));
        while (System.currentTimeMillis() < until) {
            long next = System.currentTimeMillis() + POLL_MS;
            try {
                requests.incrementAndGet();
                redraw(agent, errors);
            } catch (IOException e) {
                errors.incrementAndGet();
            }
            Thread.sleep(Math.max(0, next - System.currentTimeMillis()));
        }
    }

    /** sesep.js: wait on the desk, redraw only when it changed. */
    private void deskWatch(Agent agent, long until, AtomicLong requests, AtomicLong errors) throws Exception {
        while (System.currentTimeMillis() < until) {
            try {
                requests.incrementAndGet();
                FacesClient.Page answer = agent.browser.plain("/panel/agente/escritorio?visto=" + agent.state);
                if (answer.status() != 200 || !answer.body().matches("[A-Z_]+:[0-9]*")) {
                    errors.incrementAndGet();
                    Thread.sleep(1_000);
                } else if (!answer.body().equals(agent.state)) {
                    requests.incrementAndGet();
                    redraw(agent, errors);
                }
            } catch (IOException e) {
                errors.incrementAndGet();
                Thread.sleep(1_000);
            }
        }
    }

    /** The desk's redraw ("desk:poll"), noting a ticket it shows and the desk's new state. */
    private static void redraw(Agent agent, AtomicLong errors) throws Exception {
        FacesClient.Page page = agent.browser.ajax("desk", "desk:poll", "desk:poll", "desk:deskStatus", Map.of());
        long at = System.currentTimeMillis();
        if (page.status() != 200 || !page.isPartial() || page.asksToLogIn()) {
            errors.incrementAndGet();
            return;
        }
        Matcher number = TICKET_NUMBER.matcher(page.body());
        if (number.find()) {
            agent.seen.putIfAbsent(number.group(1).trim(), at);
        }
        String state = state(page.body());
        if (state != null) {
            agent.state = state;
        }
    }

    private static String state(String body) {
        Matcher m = DESK_STATE.matcher(body);
        return m.find() ? m.group(1) : null;
    }

    private String scenario(String name, String key, long pid, List<Agent> agents, Loop loop) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(agents.size());
        AtomicLong errors = new AtomicLong();
        AtomicLong requests = new AtomicLong();
        long measureFrom = System.currentTimeMillis() + WARMUP_MS;
        long until = measureFrom + MEASURE_MS + TICKETS * FILING_GAP_MS + 30_000;
        List<Future<?>> runs = new ArrayList<>();
        for (Agent agent : agents) {
            runs.add(pool.submit(() -> {
                loop.run(agent, until, requests, errors);
                return null;
            }));
        }
        Thread.sleep(Math.max(0, measureFrom - System.currentTimeMillis()));
        String loadBefore = loadAverage();
        long requestsBefore = requests.get();
        AssignmentBench.CpuTimes before = AssignmentBench.CpuTimes.now(pid);
        long t0 = System.nanoTime();
        Thread.sleep(MEASURE_MS);
        AssignmentBench.CpuTimes used = AssignmentBench.CpuTimes.now(pid).minus(before);
        double seconds = (System.nanoTime() - t0) / 1e9;
        long measuredRequests = requests.get() - requestsBefore;
        String loadAfter = loadAverage();
        long filingAsked = System.currentTimeMillis();
        Files.writeString(exchange().resolve("file-" + key), "", StandardCharsets.UTF_8, StandardOpenOption.CREATE);
        Path filed = exchange().resolve("filed-" + key);
        long deadline = filingAsked + TICKETS * FILING_GAP_MS + 60_000;
        while (!Files.exists(filed) && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        List<Long> latencies = new ArrayList<>();
        int missing = 0;
        if (Files.exists(filed)) {
            Map<String, Long> filedAt = new ConcurrentHashMap<>();
            for (String line : Files.readAllLines(filed)) {
                String[] parts = line.split(" ");
                filedAt.put(parts[0], Long.parseLong(parts[1]));
            }
            long wait = System.currentTimeMillis() + 10_000;
            while (seenCount(agents, filedAt) < filedAt.size() && System.currentTimeMillis() < wait) {
                Thread.sleep(100);
            }
            for (Map.Entry<String, Long> e : filedAt.entrySet()) {
                Long at = agents.stream().map(a -> a.seen.get(e.getKey())).filter(v -> v != null).findFirst().orElse(null);
                if (at == null) {
                    missing++;
                } else {
                    latencies.add(at - e.getValue());
                }
            }
        } else {
            missing = TICKETS;
        }
        pool.shutdownNow();
        pool.awaitTermination(2, TimeUnit.MINUTES);
        Collections.sort(latencies);
        double serverShare = used.server() * 10.0 / (seconds * 1000) * 100;   // ticks of 10 ms
        double pgShare = used.postgresql() * 10.0 / (seconds * 1000) * 100;
        double machineShare = used.machine() * 10.0 / (seconds * 1000) * 100;
        return String.format(Locale.ROOT, "%nBENCH poll %-24s idle %d agents, %.0f s measured; load average %s -> %s%n",
                name, agents.size(), seconds, loadBefore, loadAfter)
                + String.format(Locale.ROOT, "BENCH poll %-24s server JVM %.1f %% of one core (%s, <= %.0f %%);"
                        + " PostgreSQL %.1f %% (shared with other builds); machine %.1f %% of one core%n",
                name, serverShare, serverShare <= CPU_TARGET ? "met" : "NOT MET", CPU_TARGET, pgShare, machineShare)
                + String.format(Locale.ROOT, "BENCH poll %-24s requests %.1f/s while idle; server CPU per request %.2f ms;"
                        + " errors %d (whole scenario)%n", name, measuredRequests / seconds,
                used.server() * 10.0 / Math.max(1, measuredRequests), errors.get())
                + String.format(Locale.ROOT, "BENCH poll %-24s ticket filed -> on the agent's screen: %d of %d, p50 %d ms,"
                        + " p95 %d ms, max %d ms (%s, p95 <= %d ms)%n",
                name, latencies.size(), TICKETS, pct(latencies, 50), pct(latencies, 95), pct(latencies, 100),
                missing == 0 && pct(latencies, 95) <= LATENCY_TARGET_MS ? "met" : "NOT MET", LATENCY_TARGET_MS);
    }

    /** The same server with the agents signed in and no page asking anything: its timers, GC and JIT. */
    private static String baseline(long pid) throws Exception {
        Thread.sleep(WARMUP_MS);
        String loadBefore = loadAverage();
        AssignmentBench.CpuTimes before = AssignmentBench.CpuTimes.now(pid);
        long t0 = System.nanoTime();
        Thread.sleep(MEASURE_MS);
        AssignmentBench.CpuTimes used = AssignmentBench.CpuTimes.now(pid).minus(before);
        double seconds = (System.nanoTime() - t0) / 1e9;
        return String.format(Locale.ROOT, "%nBENCH poll %-24s no request, %.0f s measured; load average %s -> %s%n",
                "baseline (no page open)", seconds, loadBefore, loadAverage())
                + String.format(Locale.ROOT, "BENCH poll %-24s server JVM %.1f %% of one core; PostgreSQL %.1f %%; machine %.1f %%%n",
                "baseline (no page open)", used.server() * 1000.0 / (seconds * 1000), used.postgresql() * 1000.0 / (seconds * 1000),
                used.machine() * 1000.0 / (seconds * 1000));
    }

    private static long seenCount(List<Agent> agents, Map<String, Long> filed) {
        return filed.keySet().stream().filter(n -> agents.stream().anyMatch(a -> a.seen.containsKey(n))).count();
    }

    private static long pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return -1;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static String loadAverage() throws IOException {
        String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return parts[0] + " " + parts[1] + " " + parts[2];
    }

    /** The WildFly this run started (its command line names this run's port offset). */
    private static long serverPid() throws IOException {
        String offset = "-Djboss.socket.binding.port-offset=" + Ports.offset();
        try (var processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path process : processes) {
                String cmdline;
                try {
                    cmdline = new String(Files.readAllBytes(process.resolve("cmdline")), StandardCharsets.UTF_8).replace('\0', ' ');
                } catch (IOException gone) {
                    continue;
                }
                if (cmdline.contains("jboss-modules.jar") && cmdline.contains(offset + " ")) {
                    return Long.parseLong(process.getFileName().toString());
                }
            }
        }
        throw new IllegalStateException("no WildFly with " + offset);
    }
}
