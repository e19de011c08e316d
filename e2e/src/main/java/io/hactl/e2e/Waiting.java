package io.hactl.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** Polls a condition every 10 ms: the one wait of the lab's trials, benchmarks and demo. */
final class Waiting {
    private static final long POLL_MILLIS = 10;

    private Waiting() {}

    /** True as soon as {@code condition} holds; false if it still does not after {@code timeout} (or on interrupt). */
    static boolean until(BooleanSupplier condition, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                return false;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
