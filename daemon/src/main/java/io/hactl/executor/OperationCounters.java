package io.hactl.executor;

import java.time.Duration;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

/**
 * Running totals of the executor, for metrics and benchmarks: how many operations ran, how many timed
 * out, and the longest any waited in its resource's queue (a sign that {@code maxParallel} is too low).
 */
public final class OperationCounters {
    private final LongAdder completed = new LongAdder();
    private final LongAdder timedOut = new LongAdder();
    private final LongAccumulator longestQueuedNanos = new LongAccumulator(Math::max, 0);

    void record(OperationResult result) {
        completed.increment();
        if (result.status() == ExecStatus.TIMEOUT) {
            timedOut.increment();
        }
        longestQueuedNanos.accumulate(result.queued().toNanos());
    }

    public long completed() {
        return completed.sum();
    }

    public long timedOut() {
        return timedOut.sum();
    }

    public Duration longestQueued() {
        return Duration.ofNanos(longestQueuedNanos.get());
    }
}
