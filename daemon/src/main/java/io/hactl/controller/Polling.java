package io.hactl.controller;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** Waiting, from a caller's thread, for the cluster to reach a state the controller publishes. */
public final class Polling {
    private static final long STEP_MS = 50;

    private Polling() {}

    /** @return true when {@code condition} held before {@code timeout} passed (false also when interrupted) */
    public static boolean until(BooleanSupplier condition, Duration timeout, Clock clock) {
        Instant deadline = clock.instant().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (!clock.instant().isBefore(deadline)) {
                return false;
            }
            try {
                Thread.sleep(STEP_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
