package io.hactl.e2e;

import java.time.Duration;
import java.util.List;

/**
 * The timings a cluster runs with: ha.cf's heartbeat timings and the monitor of every resource.
 *
 * @param name          how tables and logs call it
 * @param haCf          the ha.cf timing lines
 * @param monitor       the interval of every resource's monitor
 * @param probeTimeout  how long kamailio's monitor waits for its OPTIONS reply
 */
public record Profile(String name, List<String> haCf, Duration monitor, Duration probeTimeout) {

    /** The seed's cluster: keepalive 2 s, deadtime 30 s, monitor every 15 s. */
    public static final Profile SEED = new Profile("seed (keepalive 2s, deadtime 30s, monitor 15s)",
            List.of("keepalive 2", "warntime 10", "deadtime 30", "initdead 60"),
            Duration.ofSeconds(15), Duration.ofSeconds(1));

    /** Tuned: keepalive 100 ms, deadtime 500 ms, monitor every 300 ms. */
    public static final Profile FAST = new Profile("fast (keepalive 100ms, deadtime 500ms, monitor 300ms)",
            List.of("keepalive 100ms", "warntime 300ms", "deadtime 500ms", "initdead 5"),
            Duration.ofMillis(300), Duration.ofMillis(250));

    /** As far as a 2-core machine allows: keepalive 50 ms, deadtime 250 ms, monitor every 200 ms. */
    public static final Profile TIGHT = new Profile("tight (keepalive 50ms, deadtime 250ms, monitor 200ms)",
            List.of("keepalive 50ms", "warntime 150ms", "deadtime 250ms", "initdead 5"),
            Duration.ofMillis(200), Duration.ofMillis(150));

    public Profile {
        haCf = List.copyOf(haCf);
    }

    public static Profile named(String name) {
        return switch (name) {
            case "seed" -> SEED;
            case "fast" -> FAST;
            case "tight" -> TIGHT;
            default -> throw new IllegalArgumentException("unknown profile " + name + "; expected seed, fast or tight");
        };
    }
}
