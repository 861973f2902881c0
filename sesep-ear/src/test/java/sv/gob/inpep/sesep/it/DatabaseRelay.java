package sv.gob.inpep.sesep.it;

import org.jboss.arquillian.container.spi.event.container.AfterStop;
import org.jboss.arquillian.container.spi.event.container.BeforeStart;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;

/**
 * Puts a {@link DelayRelay} between the test server and PostgreSQL when a benchmark run asks for
 * it: {@code -Dsesep.it.pg.port=<relay port> -Dsesep.it.pg.relay-to=<PostgreSQL's port>} (e.g.
 * 5932 and 5432). The server's datasource then connects to the relay, which starts here, in the
 * test JVM, before the server does and stops after it; benchmarks switch its delay and read its
 * counters through its control port ({@link DelayRelay.Control}). Without the property nothing
 * changes.
 */
public final class DatabaseRelay implements LoadableExtension {

    static final String RELAY_TO = "sesep.it.pg.relay-to";

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Controller.class);
    }

    /** Arquillian's observer; one instance per run. */
    public static final class Controller {

        private DelayRelay relay;

        public void start(@Observes BeforeStart event) throws IOException {
            String to = System.getProperty(RELAY_TO, "").trim();
            if (to.isEmpty() || relay != null) {
                return;
            }
            // jdbc:postgresql://host:port/database: the relay listens where the datasource connects.
            URI url = URI.create(System.getProperty("sesep.it.db.url").substring("jdbc:".length()));
            InetSocketAddress target = to.contains(":")
                    ? new InetSocketAddress(to.substring(0, to.lastIndexOf(':')), Integer.parseInt(to.substring(to.lastIndexOf(':') + 1)))
                    : new InetSocketAddress(url.getHost(), Integer.parseInt(to));
            relay = new DelayRelay(url.getPort(), target);
        }

        public void stop(@Observes AfterStop event) throws IOException {
            if (relay != null) {
                relay.close();
                relay = null;
            }
        }
    }
}
