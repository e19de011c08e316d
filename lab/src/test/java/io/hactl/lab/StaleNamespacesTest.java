package io.hactl.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StaleNamespacesTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private final StaleNamespaces sweep = new StaleNamespaces(Duration.ofMinutes(30), Duration.ofDays(1), Clock.systemUTC());
    private final long alive = ProcessHandle.current().pid();

    @Test
    void aDeadRunsNamespaceIsStaleOnlyOnceOlderThanARun() {
        long dead = deadPid();

        assertThat(sweep.isStale("hlab-" + dead + "-abc123-ast1", Optional.of(NOW.minusSeconds(3600)), NOW)).isTrue();
        assertThat(sweep.isStale("hlab-" + dead + "-abc123-ast1", Optional.of(NOW.minusSeconds(60)), NOW)).isFalse();
    }

    @Test
    void aLiveRunsNamespaceIsKeptUntilTheMaximumAge() {
        assertThat(sweep.isStale("hlab-" + alive + "-abc123-client", Optional.of(NOW.minusSeconds(3600)), NOW)).isFalse();
        assertThat(sweep.isStale("hlab-" + alive + "-abc123-client", Optional.of(NOW.minus(Duration.ofDays(2))), NOW))
                .isTrue();
    }

    @Test
    void othersNamespacesAreNeverOurs() {
        assertThat(sweep.isStale("hl337ebdn1", Optional.of(NOW.minus(Duration.ofDays(9))), NOW)).isFalse();
        assertThat(sweep.isStale("hlab-" + alive + "-x", Optional.empty(), NOW)).isFalse();
        assertThat(StaleNamespaces.creator("hlab-12345-abc-ast1")).contains(12345L);
        assertThat(StaleNamespaces.creator("hlab-x")).isEmpty();
    }

    /** A pid that was a process a moment ago and is gone now. */
    static long deadPid() {
        try {
            Process p = new ProcessBuilder("true").start();
            p.waitFor();
            return p.pid();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
