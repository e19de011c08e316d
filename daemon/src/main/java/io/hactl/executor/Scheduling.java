package io.hactl.executor;

import java.time.Clock;
import java.time.Duration;

/**
 * The executor's only source of time: a clock to stamp and measure operations, and delayed tasks for
 * timeouts and recurring monitors. Tests substitute their own; the daemon uses {@link ThreadScheduling}.
 */
public interface Scheduling {
    Clock clock();

    /** Runs {@code task} once after {@code delay}, on the scheduling thread; it must not block. */
    Cancellable schedule(Runnable task, Duration delay);

    /** A scheduled task that has not run yet can be withdrawn; cancelling one that ran does nothing. */
    interface Cancellable {
        void cancel();
    }
}
