package sv.gob.inpep.sesep.clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The one clock of SESEP. Every boundary injects it instead of calling {@code now()}, so that
 * tests can control time. It runs in the institute's zone (El Salvador, UTC-6, no daylight
 * saving): timestamps are stored as local date-times of that zone and business days are counted
 * in it, whatever the server's own zone is.
 */
@ApplicationScoped
public class ClockProducer {

    @Inject
    @ConfigProperty(name = "sesep.timezone", defaultValue = "America/El_Salvador")
    String zone;

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(ZoneId.of(zone));
    }
}
