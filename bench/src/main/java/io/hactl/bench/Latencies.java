package io.hactl.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Detection latencies of one scenario, summarised as the table prints them. */
final class Latencies {
    private final List<Duration> samples = new ArrayList<>();
    private int missed;

    void add(Duration d) {
        samples.add(d);
    }

    void missed() {
        missed++;
    }

    int count() {
        return samples.size();
    }

    /** Nearest-rank percentile, p in (0, 100]. */
    Duration percentile(double p) {
        if (samples.isEmpty()) {
            return Duration.ZERO;
        }
        List<Duration> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    String row(String name) {
        return String.format("%-34s %6d %6d %9d %9d %9d", name, samples.size(), missed,
                percentile(50).toMillis(), percentile(95).toMillis(), percentile(100).toMillis());
    }

    static String header() {
        return String.format("%-34s %6s %6s %9s %9s %9s", "scenario", "trials", "missed", "median ms", "p95 ms", "max ms");
    }
}
