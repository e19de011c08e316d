package io.hactl.testing;

import java.time.Duration;

/**
 * The one source of time bounds in tests (after Curator's {@code Timing}): every Awaitility bound is
 * written as {@code timing.of(Duration)} and multiplied by {@code -Dhactl.test.timing=N}, so a slow CI
 * machine raises one number instead of editing tests.
 */
public final class TestTiming {
    private final double multiplier;

    private TestTiming(double multiplier) {
        this.multiplier = multiplier;
    }

    public static TestTiming fromSystemProperties() {
        return new TestTiming(Double.parseDouble(System.getProperty("hactl.test.timing", "1")));
    }

    public Duration of(Duration nominal) {
        return Duration.ofNanos((long) (nominal.toNanos() * multiplier));
    }

    public Duration seconds(long seconds) {
        return of(Duration.ofSeconds(seconds));
    }
}
