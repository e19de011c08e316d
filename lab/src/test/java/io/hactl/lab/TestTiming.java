package io.hactl.lab;

import java.time.Duration;

/**
 * The one source of time bounds in the lab's tests (after Curator's {@code Timing}, like the daemon's
 * {@code io.hactl.testing.TestTiming}, which this module cannot use: it must not depend on the daemon). Every
 * Awaitility bound is {@code timing.of(…)}, multiplied by {@code -Dhactl.test.timing=N}.
 */
final class TestTiming {
    private final double multiplier;

    private TestTiming(double multiplier) {
        this.multiplier = multiplier;
    }

    static TestTiming fromSystemProperties() {
        return new TestTiming(Double.parseDouble(System.getProperty("hactl.test.timing", "1")));
    }

    Duration of(Duration nominal) {
        return Duration.ofNanos((long) (nominal.toNanos() * multiplier));
    }

    Duration seconds(long seconds) {
        return of(Duration.ofSeconds(seconds));
    }

    Duration millis(long millis) {
        return of(Duration.ofMillis(millis));
    }
}
