package io.hactl.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hactl.config.Timings;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FailureDetectorSettingsTest {

    private static Timings timings(long keepaliveMs, long deadtimeMs, long warntimeMs, long initdeadMs) {
        return new Timings(Duration.ofMillis(keepaliveMs), Duration.ofMillis(deadtimeMs), Duration.ofMillis(warntimeMs),
                Duration.ofMillis(initdeadMs));
    }

    @Test
    void benchmarkProfileFitsDeadtime() {
        FailureDetectorSettings fd = FailureDetectorSettings.fromHaCf(timings(100, 500, 300, 2000));

        assertThat(fd.keepalive()).isEqualTo(Duration.ofMillis(100));
        assertThat(fd.verifyTimeout()).isEqualTo(Duration.ofMillis(50));    // 500 / 10
        assertThat(fd.viewInstall()).isEqualTo(Duration.ofMillis(50));      // 500 / 10
        assertThat(fd.fdTimeout()).isEqualTo(Duration.ofMillis(300));       // floor((500-100-50-50)/100)*100
        assertThat(fd.worstCaseSilentDetection()).isLessThanOrEqualTo(fd.deadtime());
        assertThat(fd.worstCaseCrashDetection()).isLessThanOrEqualTo(Duration.ofMillis(100));
        assertThat(fd.joinTimeout()).isEqualTo(Duration.ofMillis(500));
        assertThat(fd.maxJoinAttempts()).isEqualTo(4);                      // initdead 2 s / join 500 ms
    }

    @Test
    void seedDeploymentTimings() {
        // The Asterisk thesis: keepalive 2, deadtime 30, warntime 10, initdead 30.
        FailureDetectorSettings fd = FailureDetectorSettings.fromHaCf(timings(2000, 30_000, 10_000, 30_000));

        assertThat(fd.verifyTimeout()).isEqualTo(Duration.ofSeconds(1));     // capped at 1 s
        assertThat(fd.fdTimeout()).isEqualTo(Duration.ofSeconds(26));        // 30 - 2 - 1 - 1
        assertThat(fd.worstCaseSilentDetection()).isLessThanOrEqualTo(Duration.ofSeconds(30));
        assertThat(fd.joinTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(fd.mergeMinInterval()).isEqualTo(Duration.ofSeconds(2));
        assertThat(fd.mergeMaxInterval()).isGreaterThan(fd.mergeMinInterval());
        assertThat(fd.mergeCheckInterval()).isGreaterThan(fd.mergeMaxInterval());
    }

    @Test
    void everyProfileKeepsItsPromise() {
        long[][] cases = {{100, 500}, {200, 1000}, {1000, 30_000}, {1000, 5000}, {300, 1300}, {2000, 9000}};
        for (long[] c : cases) {
            FailureDetectorSettings fd = FailureDetectorSettings.fromHaCf(timings(c[0], c[1], c[0] + 1, c[1]));
            assertThat(fd.worstCaseSilentDetection()).as("keepalive %d deadtime %d", c[0], c[1])
                    .isLessThanOrEqualTo(fd.deadtime());
            assertThat(fd.fdTimeout()).isGreaterThanOrEqualTo(fd.keepalive().multipliedBy(2));
            assertThat(fd.fdTimeout().toMillis() % fd.keepalive().toMillis()).isZero();
        }
    }

    @Test
    void deadtimeTooShortForKeepaliveIsRefusedWithTheMinimum() {
        assertThatThrownBy(() -> FailureDetectorSettings.fromHaCf(timings(1000, 2000, 1500, 2000)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("deadtime 2000ms is too short for keepalive 1000ms")
                .hasMessageContaining("deadtime >= 3750ms");
    }

    @Test
    void warntimeMustFallBetweenKeepaliveAndDeadtime() {
        assertThatThrownBy(() -> FailureDetectorSettings.fromHaCf(timings(100, 500, 600, 1000)))
                .hasMessageContaining("warntime 600ms must be shorter than deadtime 500ms");
        assertThatThrownBy(() -> FailureDetectorSettings.fromHaCf(timings(100, 500, 100, 1000)))
                .hasMessageContaining("warntime 100ms must exceed keepalive 100ms");
    }

    @Test
    void initdeadShorterThanDeadtimeIsRefused() {
        assertThatThrownBy(() -> FailureDetectorSettings.fromHaCf(timings(100, 500, 300, 400)))
                .hasMessageContaining("initdead 400ms must be at least deadtime 500ms");
    }

    @Test
    void loopbackProfileUsesTheSameFormulas() {
        FailureDetectorSettings fd = FailureDetectorSettings.loopbackTests();
        assertThat(fd).isEqualTo(FailureDetectorSettings.fromHaCf(timings(100, 600, 300, 1000)));
    }
}
