package sv.gob.inpep.sesep.it;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server (GreenMail) on 127.0.0.1 at the port the test server's mail session sends to
 * (SESEP_SMTP_PORT, set in sesep-ear/pom.xml). In-container tests start it inside the server's JVM
 * and stop it when they end.
 */
final class Mailbox implements AutoCloseable {

    static final int PORT = Integer.parseInt(System.getenv().getOrDefault("SESEP_SMTP_PORT", "3025"));

    private final GreenMail greenMail = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    Mailbox() {
        greenMail.start();
    }

    /**
     * A mail server that puts every mail in one mailbox, as a relay's queue would, whatever its
     * recipient. For benchmarks that mail thousands of addresses: GreenMail otherwise makes a mailbox
     * per address and finds each mail's by a linear search, which took more CPU than SESEP's whole
     * delivery once a few thousand had arrived (37 % of the JVM's samples in NotificationBench).
     */
    static Mailbox catchAll() {
        Mailbox mailbox = new Mailbox();
        GreenMailUser everyone = mailbox.greenMail.setUser("catch-all@bench.example", "catch-all");
        mailbox.greenMail.getUserManager().setMessageDeliveryHandler((message, address) -> everyone);
        return mailbox;
    }

    /** Waits until {@code count} mails in all arrived; false if they did not within the time. */
    boolean await(int count, long millis) {
        return greenMail.waitForIncomingEmail(millis, count);
    }

    MimeMessage[] received() {
        return greenMail.getReceivedMessages();
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
