package sv.gob.inpep.sesep.it;

import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

/**
 * Many agents logged in at once inside the server, each authenticated once by the real security
 * domain (bcrypt is slow on purpose, so not once per call), each acting on its own thread.
 */
final class Agents {

    private final List<String> usernames;
    private final List<SecurityIdentity> identities;

    Agents(List<String> usernames) {
        SecurityDomain domain = SecurityDomain.getCurrent();
        this.usernames = List.copyOf(usernames);
        this.identities = IntStream.range(0, usernames.size()).parallel()
                .mapToObj(i -> authenticate(domain, usernames.get(i))).toList();
    }

    int size() {
        return usernames.size();
    }

    String username(int agent) {
        return usernames.get(agent);
    }

    <T> T as(int agent, Callable<T> work) throws Exception {
        return identities.get(agent).runAs(work);
    }

    interface Loop {
        /** One step of one agent; returns false when that agent is done. */
        boolean step(int agent) throws Exception;
    }

    /** Runs every agent's loop on its own thread, all starting together; rethrows the first failure. */
    void race(Loop loop, long timeoutSeconds) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < size(); i++) {
            int agent = i;
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                    while (loop.step(agent)) {
                        if (!failures.isEmpty()) {
                            return;
                        }
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            }, "agent-" + usernames.get(agent));
            threads.add(thread);
            thread.start();
        }
        start.countDown();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        for (Thread thread : threads) {
            thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        }
        AtomicReference<String> stuck = new AtomicReference<>();
        threads.stream().filter(Thread::isAlive).findFirst().ifPresent(t -> stuck.set(t.getName()));
        if (!failures.isEmpty()) {
            Exception first = new Exception("an agent failed", failures.peek());
            failures.stream().skip(1).limit(5).forEach(first::addSuppressed);
            throw first;
        }
        if (stuck.get() != null) {
            threads.forEach(Thread::interrupt);
            throw new AssertionError("agents still running after " + timeoutSeconds + " s, e.g. " + stuck.get());
        }
    }

    private static SecurityIdentity authenticate(SecurityDomain domain, String username) {
        try {
            return domain.authenticate(username, new PasswordGuessEvidence(DemoAccounts.PASSWORD.toCharArray()));
        } catch (Exception e) {
            throw new IllegalStateException("cannot log in " + username, e);
        }
    }
}
