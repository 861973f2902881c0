package sv.gob.inpep.sesep.web.panel.agent;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import sv.gob.inpep.sesep.assignment.boundary.AssignmentQueue;

import java.io.IOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The agent pages waiting on this node for their desk to change ({@link DeskWatchServlet}). A few
 * times a second, while any page waits, one call to the queue hands waiting tickets over and reads
 * the state of every waiting desk; a page whose desk changed (a ticket assigned here or on another
 * node, or released by a supervisor) is answered at once, the others after {@link #WAIT_MILLIS}.
 * Every {@link #HEARTBEAT_MILLIS} one statement records the sign of life of all waiting agents, so
 * the stranded-tickets sweep sees them alive as the 3-second poll showed them before.
 * <p>
 * Why not a JSF poll: 200 idle agents sent 67 postbacks a second, each restoring and rendering
 * the view and writing the heartbeat; this costs a few statements a second for all of them.
 * Nothing is kept but the open requests, so a node's death only ends its pages' waits (they ask
 * again, through the balancer, on the other node).
 */
@ApplicationScoped
public class DeskWatch {

    /** Longest wait of a page's request; the page asks again at once, which also keeps its session alive. */
    static final long WAIT_MILLIS = 25_000;

    /** How often the desks are looked at while pages wait: the most a new ticket waits for its agent's page. */
    static final long TICK_MILLIS = 250;

    /** How often waiting agents' sign of life is written. */
    static final long HEARTBEAT_MILLIS = 5_000;

    private static final Logger LOG = Logger.getLogger(DeskWatch.class.getName());

    /** A page's open request: whose desk, and the state the page shows. */
    private record Waiter(String username, String seen) {
    }

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    AssignmentQueue queue;

    private final Map<AsyncContext, Waiter> waiting = new ConcurrentHashMap<>();
    private ScheduledFuture<?> ticks;
    private long lastHeartbeat;

    /** Holds the page's request until its desk is no longer {@code seen}, or for {@link #WAIT_MILLIS}. */
    public void await(AsyncContext request, String username, String seen) {
        request.setTimeout(WAIT_MILLIS);
        request.addListener(new AsyncListener() {
            @Override
            public void onTimeout(AsyncEvent event) {
                answer(request, seen);
            }

            @Override
            public void onError(AsyncEvent event) {
                waiting.remove(request);
            }

            @Override
            public void onComplete(AsyncEvent event) {
                waiting.remove(request);
            }

            @Override
            public void onStartAsync(AsyncEvent event) {
                // not started again
            }
        });
        waiting.put(request, new Waiter(username, seen));
        start();
    }

    private synchronized void start() {
        if (ticks == null) {
            ticks = scheduler.scheduleWithFixedDelay(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (ticks != null) {
            ticks.cancel(false);
        }
    }

    private void tick() {
        if (waiting.isEmpty()) {
            return;
        }
        try {
            // The pages waiting now: one that starts waiting during this tick is looked at by the next.
            Map<AsyncContext, Waiter> now = Map.copyOf(waiting);
            Set<String> usernames = new HashSet<>();
            now.values().forEach(w -> usernames.add(w.username()));
            long millis = System.currentTimeMillis();
            if (millis - lastHeartbeat >= HEARTBEAT_MILLIS) {
                lastHeartbeat = millis;
                queue.recordAlive(usernames);
            }
            Map<String, String> states = queue.watch(usernames);
            now.forEach((request, waiter) -> {
                String state = states.get(waiter.username());
                if (state != null && !state.equals(waiter.seen())) {
                    answer(request, state);
                }
            });
        } catch (RuntimeException e) {
            // The next tick tries again (a database restart, a deployment going away).
            LOG.log(Level.WARNING, "desk watch: " + e, e);
        }
    }

    /** Answers a waiting page once, whoever comes first: the tick or the timeout. */
    private void answer(AsyncContext request, String state) {
        if (waiting.remove(request) == null) {
            return;
        }
        try {
            request.getResponse().getWriter().write(state);
        } catch (IOException | IllegalStateException gone) {
            // the page went away meanwhile
        } finally {
            try {
                request.complete();
            } catch (IllegalStateException alreadyDone) {
                // completed by the container (timeout, error)
            }
        }
    }
}
