package io.hactl.lab;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waiting for a condition in the lab's own code (tests use Awaitility): poll, bounded, and say what never came. */
final class Conditions {

    /** Polled this often: a tenth of the prober's default interval would burn a core for nothing. */
    private static final Duration POLL = Duration.ofMillis(5);

    private Conditions() {}

    static void await(BooleanSupplier condition, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new LabException("timed out after " + timeout.toMillis() + "ms waiting for " + what);
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LabException("interrupted waiting for " + what, e);
            }
        }
    }
}
