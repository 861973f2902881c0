package sv.gob.inpep.sesep.it;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * SESEP's one clock ({@code clock/ClockProducer}) as the tests deploy it: the institute's time,
 * shifted by an offset that a test may set to stand on another day, e.g. the day a correction
 * deadline runs out. Selected over the application's producer for the whole test deployment
 * ({@code @Priority} on an alternative), so every boundary, timer and test helper reads the same
 * time. Unmoved (the default) it is the real clock; a test that moves it puts it back.
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
public class MovableClock {

    static final ZoneId ZONE = ZoneId.of("America/El_Salvador");

    private static volatile Duration offset = Duration.ZERO;

    @Produces
    @ApplicationScoped
    @Alternative
    Clock clock() {
        return new Shifted(ZONE);
    }

    /** From now on SESEP's clock reads {@code localTime} (in the institute's zone), then runs on. */
    static void moveTo(LocalDateTime localTime) {
        offset = Duration.between(Instant.now(), localTime.atZone(ZONE).toInstant());
    }

    /** Back to the real time. */
    static void reset() {
        offset = Duration.ZERO;
    }

    private static final class Shifted extends Clock {
        private final ZoneId zone;

        Shifted(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new Shifted(other);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }
    }
}
