package io.hactl.lab;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A benchmark table: per scenario, the outage callers saw over its runs (median, p95, max), how many runs never
 * recovered, how many had two nodes answering, and the longest the prober itself went without sending around an
 * outage (the figures' resolution: if it nears the outage, the machine was too busy to measure it). Percentiles are nearest-rank over the runs themselves (no
 * interpolation): with 10 runs, p95 is the largest, and says so honestly.
 */
public final class OutageTable {

    /** One scenario's figures. */
    public record Row(String scenario, int runs, Duration median, Duration p95, Duration max, int notRecovered,
                      int twoNodes, Duration proberSilent) {}

    private final List<Row> rows = new ArrayList<>();

    public OutageTable add(String scenario, List<OutageReport> runs) {
        rows.add(row(scenario, runs));
        return this;
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    static Row row(String scenario, List<OutageReport> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no runs for " + scenario);
        }
        List<Duration> sorted = runs.stream().map(OutageReport::outage).sorted(Comparator.naturalOrder()).toList();
        int notRecovered = (int) runs.stream().filter(r -> !r.recovered()).count();
        int twoNodes = (int) runs.stream().filter(OutageReport::twoNodesAnswered).count();
        Duration silent = runs.stream().map(OutageReport::longestSendGap).max(Comparator.naturalOrder()).orElseThrow();
        return new Row(scenario, runs.size(), median(sorted), percentile(sorted, 95), sorted.get(sorted.size() - 1),
                notRecovered, twoNodes, silent);
    }

    /** Nearest-rank percentile of sorted values: the smallest value with at least p% of the values at or below it. */
    static Duration percentile(List<Duration> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }

    /** The middle value, or the mean of the two middle ones. */
    static Duration median(List<Duration> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2);
    }

    /** A Markdown table, ready for bench/README.md. */
    public String render() {
        StringBuilder out = new StringBuilder();
        out.append("| scenario | runs | median | p95 | max | not recovered | two nodes answering | prober silent (max) |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Row r : rows) {
            out.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %d | %d | %s |%n", r.scenario(),
                    r.runs(), ms(r.median()), ms(r.p95()), ms(r.max()), r.notRecovered(), r.twoNodes(),
                    ms(r.proberSilent())));
        }
        return out.toString();
    }

    static String ms(Duration d) {
        return d.toMillis() + " ms";
    }
}
