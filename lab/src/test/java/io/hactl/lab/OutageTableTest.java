package io.hactl.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OutageTableTest {

    private static OutageReport outage(long ms, boolean recovered, boolean twoNodes) {
        Instant t = Instant.EPOCH;
        return new OutageReport(t, Duration.ofMillis(ms), Optional.of(t), Optional.of(t),
                recovered ? Optional.of(t.plusMillis(ms)) : Optional.empty(), Optional.of("ast1"), Optional.of("ast2"),
                Optional.empty(), 100, 3, Duration.ofMillis(ms / 10),
                twoNodes ? List.of(new TwoNodesAnswering(t, "ast1", "ast2", "back and forth")) : List.of());
    }

    @Test
    void tenRunsGiveMedianOfTheMiddleTwoAndP95AsTheLargest() {
        List<OutageReport> runs = IntStream.of(90, 10, 80, 20, 70, 30, 60, 40, 50, 100)
                .mapToObj(ms -> outage(ms, true, false)).toList();

        OutageTable.Row row = OutageTable.row("kill", runs);

        assertThat(row.median()).isEqualTo(Duration.ofMillis(55));
        assertThat(row.p95()).isEqualTo(Duration.ofMillis(100));
        assertThat(row.max()).isEqualTo(Duration.ofMillis(100));
        assertThat(row.runs()).isEqualTo(10);
    }

    @Test
    void twentyRunsGiveP95AsTheNineteenth() {
        List<OutageReport> runs = IntStream.rangeClosed(1, 20).mapToObj(i -> outage(i * 10L, true, false)).toList();

        OutageTable.Row row = OutageTable.row("kill", runs);

        assertThat(row.p95()).isEqualTo(Duration.ofMillis(190));
        assertThat(row.median()).isEqualTo(Duration.ofMillis(105));
    }

    @Test
    void rendersAMarkdownRowWithFailuresCounted() {
        String table = new OutageTable()
                .add("manual VIP move", List.of(outage(120, true, false), outage(140, false, true), outage(100, true, false)))
                .render();

        assertThat(table).startsWith(
                "| scenario | runs | median | p95 | max | not recovered | two nodes answering | prober silent (max) |\n");
        assertThat(table).contains("| manual VIP move | 3 | 120 ms | 140 ms | 140 ms | 1 | 1 | 14 ms |");
    }
}
