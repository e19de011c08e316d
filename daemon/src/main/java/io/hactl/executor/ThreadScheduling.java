package io.hactl.executor;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** {@link Scheduling} on the system clock and one daemon timer thread. */
public final class ThreadScheduling implements Scheduling, AutoCloseable {
    private final Clock clock;
    private final ScheduledThreadPoolExecutor timer;

    public ThreadScheduling(Clock clock) {
        this.clock = clock;
        this.timer = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "hactl-executor-timer");
            thread.setDaemon(true);
            return thread;
        });
        // Cancelled monitors must not pile up in the queue until their due time.
        timer.setRemoveOnCancelPolicy(true);
    }

    public static ThreadScheduling systemClock() {
        return new ThreadScheduling(Clock.systemUTC());
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public Cancellable schedule(Runnable task, Duration delay) {
        ScheduledFuture<?> future = timer.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
        return () -> future.cancel(false);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
