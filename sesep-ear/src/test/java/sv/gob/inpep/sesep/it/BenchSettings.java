package sv.gob.inpep.sesep.it;

/**
 * A benchmark's knobs, read from environment variables ({@code SESEP_BENCH_MEASURE_MS=30000
 * ./sesep bench …}). The benchmarks run inside the WildFly that Arquillian starts, which inherits
 * the environment of the build but not its system properties.
 */
final class BenchSettings {

    private BenchSettings() {
    }

    /** {@code SESEP_BENCH_<name>} as a number, or the fallback when it is not set. */
    static long get(String name, long fallback) {
        String value = System.getenv("SESEP_BENCH_" + name);
        return value == null || value.isBlank() ? fallback : Long.parseLong(value.trim().replace("_", ""));
    }
}
