package sv.gob.inpep.sesep.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Production shape: two WildFly nodes (standalone-full-ha, configured by wildfly-config's scripts)
 * on one PostgreSQL database, behind HAProxy with sticky sessions and health checks, mail to
 * GreenMail. Agents attend (resolve and close complaints) and citizens file complaints through the
 * balancer; in the middle of it the node holding most sessions is killed with SIGKILL, with mails
 * and closings waiting in its own broker. Then, from the database and the mail server: nothing
 * lost, nothing twice, sessions kept, few errors; the dead node restarts, rejoins and takes load.
 * Prints its figures as {@code CLUSTER ...} lines. Not Arquillian: it starts and stops (by process
 * id) everything it uses. PostgreSQL only (profile cluster, with postgresql).
 */
class ClusterFailoverIT {

    static {
        // Like a browser, send a request again when a kept-alive connection turns out closed before
        // any answer (the JDK does that only for GET unless told).
        System.setProperty("jdk.httpclient.enableAllMethodRetry", "true");
    }

    private static final Path SERVER = Path.of(System.getProperty("sesep.server.dir", "../wildfly-config/target/wildfly"));
    private static final Path EAR = Path.of(System.getProperty("sesep.ear", "target/sesep.ear"));
    private static final Path WORK = Path.of("target", "cluster").toAbsolutePath();
    private static final String DB_URL = System.getProperty("sesep.it.db.url", "");
    private static final String DB_USER = System.getProperty("sesep.it.db.user");
    private static final String DB_PASSWORD = System.getProperty("sesep.it.db.password");
    private static final int OFFSET_A = Integer.getInteger("sesep.it.port-offset", 0);
    private static final int OFFSET_B = Integer.getInteger("sesep.it.cluster.second-offset", OFFSET_A + 150);
    private static final int BALANCER_PORT = 8150 + OFFSET_A;
    private static final int STATS_PORT = 8151 + OFFSET_A;
    private static final int SMTP_PORT = Integer.getInteger("sesep.it.smtp-port", 3025);
    private static final String BASE = "http://127.0.0.1:" + BALANCER_PORT + "/sesep";
    private static final int GRACE_SECONDS = 20;
    /** The nodes' cache expiry (sesep.cache.expiry): how long the other node may show a stale template. */
    private static final int CACHE_EXPIRY_SECONDS = 10;
    /** Grace period, plus one sweep period (15 s), plus the sweep lease of a node that died holding it (14 s). */
    private static final int HELD_LIMIT_SECONDS = GRACE_SECONDS + 15 + 15;
    private static final int AGENTS = 6;
    private static final int CITIZENS = 18;
    /** Where this test's citizens get their mail: the test's rows are told apart by it. */
    private static final String MAIL_DOMAIN = "cluster.correo.example";
    private static final String NOT_UPHELD_ANSWER = "No procede: la queja ya fue atendida en la oficina de Santa Ana (señora Muñoz).";
    private static final String COMPLAINT = "Esperé dos horas en ventanilla; pido que añadan personal en la atención.";

    private static final List<Node> STARTED = new ArrayList<>();
    private static Process haproxy;
    private static GreenMail mail;
    /** FROM and WHERE of the outbox rows of this run's mails to its citizens. */
    private static String ownMails;

    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger errors = new AtomicInteger();
    private final AtomicInteger requestsAfterKill = new AtomicInteger();
    private final AtomicInteger viewsLost = new AtomicInteger();
    private final AtomicInteger errorsAfterKill = new AtomicInteger();
    private final ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> lostSessions = new ConcurrentLinkedQueue<>();
    private volatile long killedAt;

    /** One WildFly node: its own base directory (a copy of the provisioned server's) and port offset. */
    record Node(String name, int offset, Path dir, Process launcher) {

        int http() {
            return 8080 + offset;
        }

        int management() {
            return 9990 + offset;
        }

        long pid() {
            try {
                return Long.parseLong(Files.readString(dir.resolve("server.pid")).trim());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A signed-in person driving the pages; what happened to their session and requests. */
    final class Session {
        final String username;
        final FacesClient browser = new FacesClient(BASE);
        volatile String nodeAtKill;
        volatile boolean lost;
        final AtomicInteger okAfterKill = new AtomicInteger();
        final AtomicBoolean stop = new AtomicBoolean();

        Session(String username) {
            this.username = username;
        }

        /** Counts one request; false when it failed or the session asked to log in again. */
        boolean check(FacesClient.Page page, boolean partial) {
            requests.incrementAndGet();
            if (killedAt > 0) {
                requestsAfterKill.incrementAndGet();
            }
            boolean loggedOut = page.asksToLogIn();
            if (loggedOut && !page.body().contains("j_security_check")) {
                // The page of an expired view: the view is gone (the dying node answered its last request
                // and died before replicating it), but is the login? The person's next page tells.
                viewsLost.incrementAndGet();
                try {
                    FacesClient.Page home = browser.get(username.matches("\\d{8}-\\d") ? "/portal/inicio.xhtml" : "/panel/inicio.xhtml");
                    loggedOut = home.asksToLogIn();
                } catch (IOException | InterruptedException e) {
                    loggedOut = true;
                }
            }
            if (loggedOut && !lost) {
                lost = true;
                String when = killedAt > 0 ? "+" + (System.currentTimeMillis() - killedAt) + " ms" : "before the kill";
                lostSessions.add(username + " on " + browser.node() + " at " + when + ": " + page.uri());
            }
            boolean ok = page.status() == 200 && !page.asksToLogIn()
                    && (!partial || (page.isPartial() && !page.body().contains("<error>")));
            if (!ok) {
                failed(username + " " + page.status() + " " + page.uri() + " "
                        + page.body().substring(0, Math.min(300, page.body().length())));
            } else if (killedAt > 0) {
                okAfterKill.incrementAndGet();
            }
            return ok;
        }

        void failed(String what) {
            errors.incrementAndGet();
            if (killedAt > 0) {
                errorsAfterKill.incrementAndGet();
            }
            if (errorSamples.size() < 12 || (killedAt > 0 && errorSamples.size() < 24)) {
                errorSamples.add((killedAt > 0 ? "+" + (System.currentTimeMillis() - killedAt) + " ms " : "before kill ") + what);
            }
        }
    }

    @Test
    void oneNodeDiesUnderLoadAndNothingIsLost() throws Exception {
        assertTrue(DB_URL.startsWith("jdbc:postgresql:"), "the cluster test needs PostgreSQL (-Ppostgresql,cluster)");
        long testStarted = System.nanoTime();
        Files.createDirectories(WORK);
        mail = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();

        // Both at once: Flyway's lock lets one of them migrate the schema while the other waits.
        Node a = startNode("sesep-a", OFFSET_A);
        Node b = startNode("sesep-b", OFFSET_B);
        awaitReady(a);
        awaitReady(b);
        seedPeople();
        // This run's mails only: the database may hold an earlier run's, which this GreenMail never saw.
        try (Connection db = DriverManager.getConnection(DB_URL, DB_USER, DB_PASSWORD)) {
            ownMails = "FROM notification WHERE recipient LIKE '%@" + MAIL_DOMAIN + "' AND id > "
                    + count(db, "SELECT COALESCE(MAX(id), 0) FROM notification");
        }
        long booted = System.nanoTime();
        startBalancer(a, b);
        awaitBalancer(Map.of("a", "UP", "b", "UP"), 60_000);
        assertTrue(clusterMembers(a) == 2 && clusterMembers(b) == 2, "both nodes in one JGroups cluster");

        // The load: agents attending, citizens filing, all through the balancer.
        List<Session> agents = new ArrayList<>();
        List<Session> citizens = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        List<String> citizenNames = citizenUsernames();
        for (int i = 1; i <= AGENTS; i++) {
            Session s = new Session("agente.cluster." + i);
            agents.add(s);
            threads.add(start(s.username, () -> attend(s)));
        }
        for (String username : citizenNames) {
            Session s = new Session(username);
            citizens.add(s);
            threads.add(start(s.username, () -> file(s)));
        }

        // Cached admin data: a mail template edited through one node is seen by the other within the expiry.
        long loadStarted = System.currentTimeMillis();
        Node editor = a;
        Node other = b;
        long cacheSeconds = templateChangeSeenOnOtherNode(editor, other);
        // Every session signed in and at work on its node before one of them dies.
        Thread.sleep(Math.max(0, loadStarted + 20_000 - System.currentTimeMillis()));
        System.out.printf("CLUSTER before the kill: %d requests, %d errors%s%n", requests.get(), errors.get(),
                errorSamples.isEmpty() ? "" : ": " + String.join(" | ", errorSamples));

        // The node holding most sessions dies, with mails and closings waiting in its own broker.
        List<Session> all = Stream.concat(agents.stream(), citizens.stream()).toList();
        long onA = all.stream().filter(s -> s.browser.node().equals("a")).count();
        Node victim = onA * 2 >= all.size() ? a : b;
        Node survivor = victim == a ? b : a;
        String victimCookie = victim == a ? "a" : "b";
        pauseQueues(victim);
        Thread.sleep(6_000);
        long[] waiting = queueDepths(victim);
        all.forEach(s -> s.nodeAtKill = s.browser.node());
        // One agent on the dying node closes the browser too: their ticket must come back after the grace period.
        Session gone = agents.stream().filter(s -> s.nodeAtKill.equals(victimCookie)).findFirst().orElse(null);
        if (gone != null) {
            gone.stop.set(true);
        }
        killedAt = System.currentTimeMillis();
        ProcessHandle.of(victim.pid()).ifPresent(ProcessHandle::destroyForcibly);
        victim.launcher().waitFor();
        long detectedMillis = awaitServerState(victimCookie, "DOWN", 30_000) - killedAt;

        // The load goes on through the failover (FD_SOCK2, 80-cluster.cli, has the survivor suspect the
        // dead node within about a second): at least 20 s, then until every session has been answered
        // since the kill or a minute has passed, whichever comes first.
        Thread.sleep(20_000);
        long loadUntil = killedAt + 60_000;
        while (System.currentTimeMillis() < loadUntil
                && all.stream().anyMatch(s -> s != gone && !s.lost && s.okAfterKill.get() == 0)) {
            Thread.sleep(1_000);
        }
        running.set(false);
        for (Thread t : threads) {
            t.join(60_000);
        }
        long loadEnded = System.currentTimeMillis();

        // Everything the dead node owed is done by the survivor: mails, closings, the dead agent's ticket.
        long settleStarted = System.nanoTime();
        try (Connection db = DriverManager.getConnection(DB_URL, DB_USER, DB_PASSWORD)) {
            long deadline = System.currentTimeMillis() + 120_000;
            while (System.currentTimeMillis() < deadline
                    && (count(db, "SELECT COUNT(*) " + ownMails + " AND status <> 'SENT'") > 0
                    || count(db, OVERDUE_CLOSINGS) > 0
                    || count(db, "SELECT COUNT(*) " + ownMails + " AND status = 'SENT'")
                    > received()
                    || (gone != null && count(db, heldBy(gone.username)) > 0))) {
                Thread.sleep(1_000);
            }
            long settleSeconds = (System.nanoTime() - settleStarted) / 1_000_000_000;

            long filed = count(db, "SELECT COUNT(*) FROM service_request r JOIN citizen c ON c.id = r.citizen_id"
                    + " JOIN user_account u ON u.id = c.account_id WHERE u.email LIKE '%@" + MAIL_DOMAIN + "'");
            long closed = count(db, "SELECT COUNT(*) FROM service_request r JOIN citizen c ON c.id = r.citizen_id"
                    + " JOIN user_account u ON u.id = c.account_id WHERE u.email LIKE '%@" + MAIL_DOMAIN + "' AND r.status = 'CLOSED'");
            long withoutTicket = count(db, "SELECT COUNT(*) FROM service_request r JOIN citizen c ON c.id = r.citizen_id"
                    + " JOIN user_account u ON u.id = c.account_id WHERE u.email LIKE '%@" + MAIL_DOMAIN + "'"
                    + " AND NOT EXISTS (SELECT 1 FROM ticket t WHERE t.request_id = r.id)");
            long lostTickets = count(db, "SELECT COUNT(*) FROM service_request r"
                    + " WHERE r.status IN ('FILED', 'IN_ATTENTION') AND r.citizen_id > 9200000"
                    + " AND NOT EXISTS (SELECT 1 FROM ticket t WHERE t.request_id = r.id AND t.status IN ('QUEUED', 'ASSIGNED'))");
            long doubleAssigned = count(db, "SELECT COUNT(*) FROM (SELECT x.ticket_id FROM ticket_assignment x"
                    + " JOIN ticket t ON t.id = x.ticket_id"
                    + " JOIN service_request r ON r.id = t.request_id WHERE x.released_at IS NULL AND r.citizen_id > 9200000"
                    + " GROUP BY x.ticket_id HAVING COUNT(*) > 1) x")
                    + count(db, "SELECT COUNT(*) FROM (SELECT agent_id FROM ticket WHERE status = 'ASSIGNED' AND agent_id > 9100000"
                    + " GROUP BY agent_id HAVING COUNT(*) > 1) x")
                    + count(db, "SELECT COUNT(*) FROM ticket t JOIN service_request r ON r.id = t.request_id"
                    + " WHERE t.status = 'ASSIGNED' AND r.citizen_id > 9200000 AND NOT EXISTS"
                    + " (SELECT 1 FROM ticket_assignment x WHERE x.ticket_id = t.id AND x.released_at IS NULL"
                    + " AND x.agent_id = t.agent_id)");
            // The sweep runs every 15 s: a silent agent may hold a ticket up to the grace period plus one sweep.
            long heldTooLong = count(db, "SELECT COUNT(*) FROM ticket t JOIN agent g ON g.id = t.agent_id"
                    + " JOIN service_request r ON r.id = t.request_id WHERE t.status = 'ASSIGNED' AND r.citizen_id > 9200000"
                    + " AND g.last_seen_at < (now() AT TIME ZONE 'America/El_Salvador') - INTERVAL '" + HELD_LIMIT_SECONDS + " seconds'");
            long sent = count(db, "SELECT COUNT(*) " + ownMails + " AND status = 'SENT'");
            long notSent = count(db, "SELECT COUNT(*) " + ownMails + " AND status <> 'SENT'");
            Map<String, Integer> received = messageIds();
            List<String> outboxIds = strings(db, "SELECT message_id " + ownMails + " AND status = 'SENT'");
            long missing = outboxIds.stream().filter(id -> !received.containsKey(id)).count();
            long twice = outboxIds.stream().filter(id -> received.getOrDefault(id, 0) > 1).count();
            long returned = gone == null ? 0 : count(db, "SELECT COUNT(*) FROM ticket_assignment x JOIN agent g ON g.id = x.agent_id"
                    + " JOIN user_account u ON u.id = g.account_id WHERE u.username = '" + gone.username + "'"
                    + " AND x.release_reason = 'SESSION_EXPIRED'");
            long gracePlusSweep = gone == null ? 0 : count(db,
                    "SELECT COALESCE(MAX(EXTRACT(EPOCH FROM (x.released_at - g.last_seen_at))), 0)"
                    + " FROM ticket_assignment x JOIN agent g ON g.id = x.agent_id JOIN user_account u ON u.id = g.account_id"
                    + " WHERE u.username = '" + gone.username + "' AND x.release_reason = 'SESSION_EXPIRED'");

            List<Session> live = all.stream().filter(s -> s != gone).toList();
            long onVictim = live.stream().filter(s -> s.nodeAtKill.equals(victimCookie)).count();
            long keptOnVictim = live.stream().filter(s -> s.nodeAtKill.equals(victimCookie) && !s.lost && s.okAfterKill.get() > 0).count();
            long kept = live.stream().filter(s -> !s.lost && s.okAfterKill.get() > 0).count();
            double errorShare = 100.0 * errors.get() / Math.max(1, requests.get());
            double failoverErrorShare = 100.0 * errorsAfterKill.get() / Math.max(1, requestsAfterKill.get());

            System.out.printf("CLUSTER nodes booted in %d s (together); load %d agents + %d citizens,"
                    + " killed %s (%d of %d sessions on it)%n", (booted - testStarted) / 1_000_000_000, AGENTS,
                    citizenNames.size(), victim.name(), onVictim + (gone != null ? 1 : 0), all.size());
            System.out.printf("CLUSTER waiting in the dead node's broker at the kill: %d mails, %d closings%n", waiting[0], waiting[1]);
            System.out.printf("CLUSTER HAProxy marked it DOWN after %d ms%n", detectedMillis);
            System.out.printf("CLUSTER sessions kept: %d of %d (of the dead node's: %d of %d) without logging in again; lost: %s;"
                    + " pages answered by an expired view (login kept): %d%n", kept, live.size(), keptOnVictim, onVictim, lostSessions,
                    viewsLost.get());
            System.out.printf("CLUSTER after the kill: %d requests, %d errors (%.2f %%); whole run: %d requests, %d errors (%.2f %%)%s%n",
                    requestsAfterKill.get(), errorsAfterKill.get(), failoverErrorShare, requests.get(), errors.get(), errorShare,
                    errorSamples.isEmpty() ? "" : ": " + String.join(" | ", errorSamples));
            System.out.printf("CLUSTER filed %d, closed %d, without ticket %d, lost %d, assigned twice %d, held past grace %d%n",
                    filed, closed, withoutTicket, lostTickets, doubleAssigned, heldTooLong);
            System.out.printf("CLUSTER mails: outbox SENT %d, not sent %d, GreenMail %d messages, missing %d, twice %d; settled in %d s%n",
                    sent, notSent, received(), missing, twice, settleSeconds);
            if (missing > 0) {
                reportMissing(db, outboxIds, received);
            }
            System.out.printf("CLUSTER cached template seen on the other node after %d s;"
                    + " dead agent's ticket returned %d time(s), %d s after its last poll%n",
                    cacheSeconds, returned, gracePlusSweep);

            assertTrue(waiting[0] + waiting[1] > 0, "the dead node's broker held work when it died");
            assertEquals(0, withoutTicket, "no half-filed request");
            assertEquals(0, lostTickets, "no ticket lost");
            assertEquals(0, doubleAssigned, "no ticket assigned twice");
            assertEquals(0, heldTooLong, "no ticket held by a silent agent past the grace period");
            assertEquals(0, count(db, OVERDUE_CLOSINGS), "every answered SEI whose tickets are closed is closed");
            assertEquals(0, notSent, "every mail sent");
            assertEquals(0, missing, "every mail the outbox sent reached the mail server");
            assertEquals(0, twice, "no mail delivered twice");
            assertEquals(sent, received(), "the mail server got what the outbox sent, no more");
            assertTrue(filed > 0 && closed > 0, "the load filed and closed requests");
            assertTrue(kept * 100 >= live.size() * 99L, "at least 99 % of sessions continue: " + kept + " of " + live.size());
            assertTrue(keptOnVictim == onVictim && onVictim > 0, "the dead node's sessions continue on the survivor");
            assertTrue(failoverErrorShare <= 1.0, "errors during the failover at most 1 %: " + failoverErrorShare);
            assertTrue(detectedMillis < 10_000, "the balancer notices within seconds");
            assertTrue(cacheSeconds <= 70, "cached admin data changes on the other node within the minute");
            if (gone != null) {
                assertTrue(returned >= 1 || count(db, heldBy(gone.username)) == 0, "the silent agent's ticket went back");
                assertTrue(gracePlusSweep <= GRACE_SECONDS + 30, "returned within the grace period and one sweep");
            }

            // The dead node comes back: it rejoins, its stale journal changes nothing, and it takes load again.
            long restartStarted = System.nanoTime();
            Node back = startNode(victim.name(), victim.offset());
            awaitReady(back);
            awaitBalancer(Map.of(victimCookie, "UP"), 60_000);
            long rejoinSeconds = (System.nanoTime() - restartStarted) / 1_000_000_000;
            assertEquals(2, clusterMembers(back), "the restarted node rejoins the cluster");
            int served = 0;
            for (int i = 0; i < 8; i++) {
                FacesClient fresh = new FacesClient(BASE);
                assertTrue(fresh.logIn(citizenNames.get(i), DemoAccounts.PASSWORD), "login through the balancer after the rejoin");
                if (fresh.node().equals(victimCookie)) {
                    served++;
                }
            }
            Thread.sleep(5_000);
            long afterRestart = received();
            long sentAfterRestart = count(db, "SELECT COUNT(*) " + ownMails + " AND status = 'SENT'");
            System.out.printf("CLUSTER %s restarted and ready in %d s; %d of 8 new sessions went to it;"
                    + " mails after its restart %d (outbox SENT %d)%n",
                    victim.name(), rejoinSeconds, served, afterRestart, sentAfterRestart);
            assertTrue(served >= 1, "the restarted node takes new sessions");
            assertEquals(sentAfterRestart, afterRestart, "the restarted node's stale messages sent nothing again");
            assertEquals(0, messageIds().values().stream().filter(n -> n > 1).count(), "still no mail twice");
            System.out.printf("CLUSTER test took %d s (load ended %d s before settling)%n",
                    (System.nanoTime() - testStarted) / 1_000_000_000, (System.currentTimeMillis() - loadEnded) / 1000);
        }
    }

    private static Thread start(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.start();
        return thread;
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (haproxy != null) {
            haproxy.destroy();
            haproxy.waitFor();
        }
        for (Node node : STARTED) {
            try {
                ProcessHandle.of(node.pid()).ifPresent(ProcessHandle::destroy);
            } catch (UncheckedIOException e) {
                // never wrote its pid: its launcher is all there is
            }
            node.launcher().destroy();
        }
        for (Node node : STARTED) {
            try {
                ProcessHandle.of(node.pid()).ifPresent(p -> p.onExit().orTimeout(60, java.util.concurrent.TimeUnit.SECONDS).join());
                ProcessHandle.of(node.pid()).ifPresent(ProcessHandle::destroyForcibly);
            } catch (RuntimeException e) {
                // already gone
            }
            node.launcher().waitFor();
        }
        if (mail != null) {
            mail.stop();
        }
    }

    // ------------------------------------------------------------------ the load

    /** An agent's day: available, take the ticket the queue hands over, resolve it, finish, close; again. */
    private void attend(Session s) {
        try {
            if (!s.browser.logIn(s.username, DemoAccounts.PASSWORD)) {
                s.failed("login refused");
                return;
            }
            boolean fresh = true;
            while (running.get() && !s.stop.get()) {
                try {
                    fresh = attendOnce(s, fresh);
                } catch (IOException e) {
                    // A request that failed (a timeout, a reset): counted, and the person reloads the page.
                    s.failed(e.toString());
                    fresh = true;
                    Thread.sleep(1_000);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            s.failed(e.toString());
        }
    }

    /** One step of the agent's loop; returns whether the page must be loaded again. */
    private boolean attendOnce(Session s, boolean reload) throws IOException, InterruptedException {
        boolean fresh = reload;
        if (fresh) {
            FacesClient.Page desk = s.browser.get("/panel/agente/atencion.xhtml");
            if (!s.check(desk, false)) {
                relogIn(s);
                return true;
            }
            fresh = false;
            if (s.browser.has("ws")) {
                return decide(s);
            }
            // Refused (the view expired with the dead node): check() has opened the home page to see
            // whether the login survived, so the desk is loaded again, as a person would after the message.
            if (s.browser.has("desk:available")
                    && !s.check(s.browser.ajax("desk", "desk:available", "desk", "desk workspace", Map.of()), true)) {
                if (s.lost) {
                    relogIn(s);
                }
                return true;
            }
        }
        Thread.sleep(1_000);
        FacesClient.Page poll = s.browser.ajax("desk", "desk:poll", "desk:poll", "desk:deskStatus", Map.of());
        if (!s.check(poll, true)) {
            if (s.lost) {
                relogIn(s);
            }
            fresh = true;
        } else if (poll.body().contains("id=\"elapsed\"") || poll.body().contains("desk:available")) {
            fresh = true;
        }
        return fresh;
    }

    /** The complaint on the screen: "Resolver queja" as no procedente with its answer, "Terminar", "Cerrar Ticket". */
    private boolean decide(Session s) throws IOException, InterruptedException {
        String[][] steps = {
            {"ws:resolveButton", "ws"},
            {"ws:complaintSend", "ws"},
            {"ws:finishButton", "ws"},
            {"ws:closeTicket", "desk workspace"},
        };
        for (String[] step : steps) {
            Map<String, String> values = new HashMap<>();
            values.put("ws:note", "");
            if (step[0].equals("ws:complaintSend")) {
                values.put("ws:complaintFinding", "NOT_UPHELD");
                values.put("ws:complaintAnswer", NOT_UPHELD_ANSWER);
            }
            FacesClient.Page answer = s.browser.ajax("ws", step[0], "ws", step[1], values);
            if (!s.check(answer, true)) {
                if (s.lost) {
                    relogIn(s);
                }
                return true;
            }
        }
        return true;
    }

    /** A citizen files a complaint (Queja o reclamo) with accents, sees its page, then their list. */
    private void file(Session s) {
        try {
            if (!s.browser.logIn(s.username, DemoAccounts.PASSWORD)) {
                s.failed("login refused");
                return;
            }
            while (running.get()) {
                try {
                    fileOnce(s);
                } catch (IOException e) {
                    s.failed(e.toString());
                }
                Thread.sleep(1_500);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            s.failed(e.toString());
        }
    }

    private void fileOnce(Session s) throws IOException, InterruptedException {
        FacesClient.Page form = s.browser.get("/portal/nueva-solicitud.xhtml?servicio=11");
        if (!s.check(form, false) || !s.browser.has("filing")) {
            relogIn(s);
            return;
        }
        Map<String, String> values = new HashMap<>();
        for (String select : s.browser.namesEndingWith(":select")) {
            values.put(select, s.browser.firstOption(select));
        }
        for (String area : s.browser.namesEndingWith(":area")) {
            values.put(area, COMPLAINT);
        }
        // What it is about: the first area offered, the Centro de Atención al Usuario, whose general
        // agents (the load's) attend complaints.
        values.put("filing:complaintSubject", s.browser.firstOption("filing:complaintSubject"));
        values.put("filing:declaration_input", "on");
        FacesClient.Page submitted = s.browser.ajax("filing", "filing:submit", "filing", "filing", values);
        if (s.check(submitted, true)) {
            String next = submitted.redirect();
            if (next == null) {
                s.failed("filing not accepted: " + shownMessages(submitted.body()));
            } else {
                s.check(s.browser.get("http://127.0.0.1:" + BALANCER_PORT + next), false);
            }
        }
        FacesClient.Page mine = s.browser.get("/portal/mis-solicitudes.xhtml");
        if (s.check(mine, false) && !mine.body().contains("Mis solicitudes")) {
            s.failed("not the citizen's list");
        }
    }

    private void relogIn(Session s) throws IOException, InterruptedException {
        Thread.sleep(500);
        if (s.lost && !s.browser.logIn(s.username, DemoAccounts.PASSWORD)) {
            s.failed("login refused again");
        }
    }

    /** The messages a refused postback shows (global and per field), or the start of its answer if it shows none. */
    private static String shownMessages(String body) {
        Matcher m = Pattern.compile("ui-messages?-(?:error|warn)-(?:summary|detail)\"[^>]*>([^<]+)<").matcher(body);
        List<String> shown = new ArrayList<>();
        while (m.find()) {
            shown.add(FacesClient.unescape(m.group(1)));
        }
        if (!shown.isEmpty()) {
            return String.join(" / ", shown);
        }
        String text = body.replaceAll("(?s)<script.*?</script>|<[^>]*>", " ").replaceAll("\\s+", " ").strip();
        return text.substring(0, Math.min(800, text.length()));
    }

    // ------------------------------------------------------------------ cached admin data

    /**
     * The administrator changes a mail template's subject through one node; the other node's
     * template page shows the new subject once its cached copy expires (SharedCache; the nodes run
     * with {@value #CACHE_EXPIRY_SECONDS} s instead of the default minute).
     *
     * @return seconds until the other node showed it
     */
    private long templateChangeSeenOnOtherNode(Node editor, Node other) throws Exception {
        FacesClient there = new FacesClient("http://127.0.0.1:" + other.http() + "/sesep");
        assertTrue(there.logIn("admin", DemoAccounts.PASSWORD));
        String before = subjectShown(there);
        FacesClient here = new FacesClient("http://127.0.0.1:" + editor.http() + "/sesep");
        assertTrue(here.logIn("admin", DemoAccounts.PASSWORD));
        subjectShown(here);
        String changed = before.replaceAll(" · nodo \\d+$", "") + " · nodo " + (System.currentTimeMillis() % 100_000);
        Map<String, String> values = new HashMap<>();
        values.put("templates:subject", changed);
        for (String field : List.of("templates:bodyHtml", "templates:bodyText")) {
            values.put(field, textarea(here, field));
        }
        values.put("templates:code_input", here.firstSelected("templates:code_input"));
        FacesClient.Page saved = here.ajax("templates", "templates:save", "templates", "templates", values);
        assertTrue(saved.status() == 200 && saved.isPartial(), saved.body());
        long changedAt = System.nanoTime();
        assertEquals(changed, subjectShown(here), "the editing node shows its change at once");
        while (!subjectShown(there).equals(changed)) {
            assertTrue(System.nanoTime() - changedAt < (CACHE_EXPIRY_SECONDS + 15) * 1_000_000_000L,
                    "the other node did not show the change within the cache expiry");
            Thread.sleep(1_000);
        }
        return (System.nanoTime() - changedAt) / 1_000_000_000;
    }

    private static String subjectShown(FacesClient admin) throws IOException, InterruptedException {
        FacesClient.Page page = admin.get("/panel/admin/plantillas.xhtml");
        Matcher m = Pattern.compile("<input id=\"templates:subject\"[^>]*value=\"([^\"]*)\"").matcher(page.body());
        assertTrue(m.find(), "the templates page shows a subject");
        return FacesClient.unescape(m.group(1));
    }

    private static String textarea(FacesClient admin, String name) {
        Matcher m = Pattern.compile("<textarea[^>]*name=\"" + Pattern.quote(name) + "\"[^>]*>([^<]*)</textarea>", Pattern.DOTALL)
                .matcher(admin.currentPage());
        assertTrue(m.find(), "the page has " + name);
        String text = FacesClient.unescape(m.group(1));
        return text.startsWith("\n") ? text.substring(1) : text;
    }

    // ------------------------------------------------------------------ nodes, balancer, broker

    private static Node startNode(String name, int offset) throws IOException {
        Path dir = WORK.resolve(name);
        if (Files.exists(dir.resolve("configuration"))) {
            // A restart keeps its base directory: its broker's journal included, as a real restart would.
            Files.deleteIfExists(dir.resolve("server.pid"));
        } else {
            deleteTree(dir);
            Files.createDirectories(dir.resolve("deployments"));
            try (Stream<Path> files = Files.walk(SERVER.resolve("standalone/configuration"))) {
                for (Path source : files.toList()) {
                    Path relative = SERVER.resolve("standalone/configuration").relativize(source);
                    Path target = dir.resolve("configuration").resolve(relative.toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            Files.copy(EAR, dir.resolve("deployments/sesep.ear"));
        }
        ProcessBuilder builder = new ProcessBuilder(SERVER.resolve("bin/standalone.sh").toString(),
                "-c", "standalone-full-ha.xml", "-Djboss.server.base.dir=" + dir,
                "-Djboss.socket.binding.port-offset=" + offset, "-Djboss.node.name=" + name, "-Djboss.tx.node.id=" + name)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("console.log").toFile()));
        Map<String, String> env = builder.environment();
        env.put("JAVA_OPTS", "-Xms256m -Xmx768m -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=512m -Djava.net.preferIPv4Stack=true"
                + " -Djboss.modules.system.pkgs=org.jboss.byteman -Djava.awt.headless=true");
        env.put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
        env.put("JBOSS_PIDFILE", dir.resolve("server.pid").toString());
        env.put("SESEP_CLUSTER_MEMBERS", "127.0.0.1[" + (7600 + OFFSET_A) + "],127.0.0.1[" + (7600 + OFFSET_B) + "]");
        env.put("SESEP_DEMO_DATA", "true");
        env.put("SESEP_DB_DRIVER", "postgresql");
        env.put("SESEP_DB_URL", DB_URL);
        env.put("SESEP_DB_USER", DB_USER);
        env.put("SESEP_DB_PASSWORD", DB_PASSWORD);
        env.put("SESEP_DB_POOL_MAX", "30");
        env.put("SESEP_SMTP_HOST", "127.0.0.1");
        env.put("SESEP_SMTP_PORT", String.valueOf(SMTP_PORT));
        env.put("SESEP_PUBLIC_URL", BASE);
        env.put("SESEP_MAIL_RECONCILE_AFTER", "PT10S");
        env.put("SESEP_CLOSING_RECONCILE_AFTER", "PT10S");
        env.put("SESEP_MAIL_RETRY_FIRST_DELAY", "PT1S");
        env.put("SESEP_MAIL_RETRY_MAX_DELAY", "PT2S");
        env.put("SESEP_ASSIGNMENT_GRACE_SECONDS", String.valueOf(GRACE_SECONDS));
        env.put("SESEP_CACHE_EXPIRY", "PT" + CACHE_EXPIRY_SECONDS + "S");
        env.put("SESEP_JMS_REDELIVERY_DELAY_MS", "500");
        env.put("SESEP_JMS_MAX_REDELIVERY_DELAY_MS", "2000");
        Node node = new Node(name, offset, dir, builder.start());
        STARTED.add(node);
        return node;
    }

    private static void awaitReady(Node node) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.currentTimeMillis() + 240_000;
        while (true) {
            assertTrue(node.launcher().isAlive(), node.name() + " stopped; see " + node.dir().resolve("console.log"));
            assertTrue(System.currentTimeMillis() < deadline, node.name() + " not ready in 4 minutes");
            try {
                URI health = URI.create("http://127.0.0.1:" + node.management() + "/health/ready");
                int ready = client.send(HttpRequest.newBuilder(health).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                int page = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.http() + "/sesep/")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                if (ready == 200 && page == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(1_000);
        }
    }

    private static void startBalancer(Node a, Node b) throws IOException {
        Path config = WORK.resolve("haproxy.cfg");
        Files.writeString(config, balancerConfig(a, b));
        haproxy = new ProcessBuilder("haproxy", "-f", config.toString(), "-db")
                .redirectErrorStream(true).redirectOutput(WORK.resolve("haproxy.log").toFile()).start();
    }

    /** wildfly-config/haproxy/sesep.cfg (./sesep cluster starts the same) for these two nodes. */
    static String balancerConfig(Node a, Node b) throws IOException {
        return Files.readString(Path.of("../wildfly-config/haproxy/sesep.cfg"))
                .replace("@BIND@", "127.0.0.1:" + BALANCER_PORT)
                .replace("@NODE_A@", "127.0.0.1:" + a.http()).replace("@CHECK_A@", String.valueOf(a.management()))
                .replace("@NODE_B@", "127.0.0.1:" + b.http()).replace("@CHECK_B@", String.valueOf(b.management()))
                .replace("@STATS@", "127.0.0.1:" + STATS_PORT);
    }

    /** Waits until the balancer reports these servers in these states. */
    private static void awaitBalancer(Map<String, String> states, long millis) throws Exception {
        for (Map.Entry<String, String> state : states.entrySet()) {
            awaitServerState(state.getKey(), state.getValue(), millis);
        }
    }

    /** @return when the balancer first reported {@code server} in {@code state} (epoch millis) */
    private static long awaitServerState(String server, String state, long millis) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < deadline) {
            try {
                String csv = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + STATS_PORT + "/stats;csv")).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                for (String line : csv.split("\n")) {
                    String[] columns = line.split(",");
                    if (columns.length > 17 && columns[0].equals("nodes") && columns[1].equals(server) && columns[17].startsWith(state)) {
                        return System.currentTimeMillis();
                    }
                }
            } catch (IOException e) {
                // the balancer is starting
            }
            Thread.sleep(100);
        }
        throw new AssertionError("HAProxy never reported " + server + " " + state);
    }

    /** The JGroups view's size as the node sees it (its web session cache's cluster). */
    private static int clusterMembers(Node node) throws Exception {
        String out = cli(node, "/subsystem=jgroups/channel=ee:read-attribute(name=view)");
        Matcher view = Pattern.compile("\\((\\d+)\\)").matcher(out.substring(out.indexOf("result")));
        return view.find() ? Integer.parseInt(view.group(1)) : 0;
    }

    /** Stops the node's listeners on its own queues, so what is sent there stays in its journal. */
    private static void pauseQueues(Node node) throws Exception {
        cli(node, "/subsystem=messaging-activemq/server=default/jms-queue=SesepNotifications:pause(),"
                + "/subsystem=messaging-activemq/server=default/jms-queue=SesepRequestClosing:pause()");
    }

    /** Messages waiting in the node's notifications and closing queues. */
    private static long[] queueDepths(Node node) throws Exception {
        String out = cli(node,
                "/subsystem=messaging-activemq/server=default/jms-queue=SesepNotifications:read-attribute(name=message-count),"
                + "/subsystem=messaging-activemq/server=default/jms-queue=SesepRequestClosing:read-attribute(name=message-count)");
        Matcher counts = Pattern.compile("\"result\" => (\\d+)L?").matcher(out);
        long[] depths = new long[2];
        for (int i = 0; i < 2 && counts.find(); i++) {
            depths[i] = Long.parseLong(counts.group(1));
        }
        return depths;
    }

    private static String cli(Node node, String commands) throws Exception {
        Process cli = new ProcessBuilder(SERVER.resolve("bin/jboss-cli.sh").toString(), "--connect", "--timeout=60000",
                "--controller=127.0.0.1:" + node.management(), "--commands=" + commands)
                .redirectErrorStream(true).start();
        String out = new String(cli.getInputStream().readAllBytes());
        assertEquals(0, cli.waitFor(), out);
        return out;
    }

    // ------------------------------------------------------------------ data

    /**
     * The load's people, added once to the demo data (a second run on the same database finds them):
     * agents of the CAU's general type (they attend complaints) and citizens for the registry's
     * affiliates that have no account yet.
     */
    private static void seedPeople() throws SQLException {
        try (Connection db = DriverManager.getConnection(DB_URL, DB_USER, DB_PASSWORD); Statement sql = db.createStatement()) {
            sql.execute("""
                    INSERT INTO user_account (id, username, password_hash, email, full_name, enabled, email_verified,
                                              failed_logins, created_at, version)
                    SELECT 9100000 + g, 'agente.cluster.' || g, (SELECT password_hash FROM user_account WHERE username = 'agente1'),
                           'agente.cluster.' || g || '@inpep.example', 'Agente Clúster Nº ' || g, TRUE, TRUE, 0, LOCALTIMESTAMP, 0
                    FROM generate_series(1, %d) g WHERE NOT EXISTS (SELECT 1 FROM user_account u WHERE u.id = 9100000 + g)
                    """.formatted(AGENTS));
            sql.execute("INSERT INTO user_account_role (account_id, role) SELECT id, 'AGENTE' FROM user_account u"
                    + " WHERE id BETWEEN 9100001 AND 9100999 AND NOT EXISTS (SELECT 1 FROM user_account_role r WHERE r.account_id = u.id)");
            sql.execute("INSERT INTO agent (id, account_id, gestor_code, full_name, area_id, agent_type_id, status,"
                    + " status_changed_at, active, version)"
                    + " SELECT u.id, u.id, 'G-CLU-' || (u.id - 9100000), u.full_name, 1, 1, 'UNAVAILABLE', LOCALTIMESTAMP, TRUE, 0"
                    + " FROM user_account u WHERE u.id BETWEEN 9100001 AND 9100999"
                    + " AND NOT EXISTS (SELECT 1 FROM agent g WHERE g.id = u.id)");
            sql.execute("""
                    INSERT INTO user_account (id, username, password_hash, email, full_name, enabled, email_verified,
                                              failed_logins, created_at, version)
                    SELECT 9200000 + a.id, a.dui, (SELECT password_hash FROM user_account WHERE username = '%s'),
                           'ciudadano.' || a.id || '@%s', a.first_names || ' ' || a.last_names, TRUE, TRUE, 0, LOCALTIMESTAMP, 0
                    FROM affiliate a
                    WHERE NOT EXISTS (SELECT 1 FROM citizen c WHERE c.affiliate_id = a.id)
                      AND NOT EXISTS (SELECT 1 FROM user_account u WHERE u.username = a.dui)
                    ORDER BY a.id LIMIT GREATEST(0, %d - (SELECT COUNT(*) FROM user_account WHERE id > 9200000))
                    """.formatted(DemoAccounts.CONTRIBUTOR, MAIL_DOMAIN, CITIZENS));
            sql.execute("INSERT INTO user_account_role (account_id, role) SELECT id, 'CIUDADANO' FROM user_account u"
                    + " WHERE id > 9200000 AND NOT EXISTS (SELECT 1 FROM user_account_role r WHERE r.account_id = u.id)");
            sql.execute("INSERT INTO citizen (id, account_id, applicant_kind, affiliate_id, phone, created_at)"
                    + " SELECT u.id, u.id, a.quality, a.id, '7000-0000', LOCALTIMESTAMP"
                    + " FROM user_account u JOIN affiliate a ON a.id = u.id - 9200000"
                    + " WHERE u.id > 9200000 AND NOT EXISTS (SELECT 1 FROM citizen c WHERE c.id = u.id)");
        }
    }

    private static List<String> citizenUsernames() throws SQLException {
        try (Connection db = DriverManager.getConnection(DB_URL, DB_USER, DB_PASSWORD)) {
            return strings(db, "SELECT username FROM user_account WHERE email LIKE '%@" + MAIL_DOMAIN + "' ORDER BY id LIMIT "
                    + CITIZENS);
        }
    }

    /** SEIs answered or denied whose tickets are all closed, and that are still not closed (of this test's citizens). */
    private static final String OVERDUE_CLOSINGS = "SELECT COUNT(*) FROM service_request r"
            + " WHERE r.status = 'ATTENDED' AND r.citizen_id > 9200000"
            + " AND EXISTS (SELECT 1 FROM ticket t WHERE t.request_id = r.id)"
            + " AND NOT EXISTS (SELECT 1 FROM ticket t WHERE t.request_id = r.id AND t.status <> 'CLOSED')";

    private static String heldBy(String agent) {
        return "SELECT COUNT(*) FROM ticket t JOIN agent g ON g.id = t.agent_id JOIN user_account u ON u.id = g.account_id"
                + " WHERE t.status = 'ASSIGNED' AND u.username = '" + agent + "'";
    }

    private static long count(Connection db, String query) throws SQLException {
        try (Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static List<String> strings(Connection db, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    /** Message-ID header of every mail GreenMail received for this test's citizens, with how many times. */
    private static Map<String, Integer> messageIds() throws Exception {
        Map<String, Integer> ids = new HashMap<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            if (java.util.Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().endsWith("@" + MAIL_DOMAIN))) {
                ids.merge(message.getMessageID(), 1, Integer::sum);
            }
        }
        return ids;
    }

    /** What the outbox sent that GreenMail does not show, by template, with a few examples. */
    private static void reportMissing(Connection db, List<String> outboxIds, Map<String, Integer> received) throws Exception {
        MimeMessage[] all = mail.getReceivedMessages();
        System.out.printf("CLUSTER GreenMail holds %d messages in all%n", all.length);
        Map<String, Integer> byTemplate = new HashMap<>();
        int shown = 0;
        for (String id : outboxIds) {
            if (received.containsKey(id)) {
                continue;
            }
            try (var statement = db.prepareStatement(
                    "SELECT template_code, recipient, sent_at, attempts FROM notification WHERE message_id = ?")) {
                statement.setString(1, id);
                try (var row = statement.executeQuery()) {
                    row.next();
                    byTemplate.merge(row.getString(1), 1, Integer::sum);
                    if (shown++ < 3) {
                        String recipient = row.getString(2);
                        List<String> box = new ArrayList<>();
                        for (MimeMessage m : mail.getReceivedMessagesForDomain(recipient)) {
                            box.add(m.getMessageID() + " " + m.getSubject());
                        }
                        System.out.printf("CLUSTER missing %s %s to %s sent %s attempts %d; its mailbox: %s%n", id, row.getString(1),
                                recipient, row.getTimestamp(3), row.getInt(4), box);
                    }
                }
            }
        }
        System.out.printf("CLUSTER missing by template: %s%n", byTemplate);
    }

    /** Mails GreenMail received for this test's citizens. */
    private static long received() throws Exception {
        return messageIds().values().stream().mapToLong(Integer::longValue).sum();
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
