package io.hactl.executor;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;

/**
 * The queue of one resource: its operations run one at a time, in the order they were asked for, on the
 * shared bounded worker pool. A lane never holds a worker while idle, and gives the worker back after
 * each operation so that a busy resource cannot starve the others.
 */
final class ResourceLane {
    private final Executor workers;
    private final Function<QueuedOperation, OperationResult> runner;
    private final Clock clock;
    private final Deque<QueuedOperation> queue = new ArrayDeque<>();
    private boolean busy;

    ResourceLane(Executor workers, Function<QueuedOperation, OperationResult> runner, Clock clock) {
        this.workers = workers;
        this.runner = runner;
        this.clock = clock;
    }

    void enqueue(QueuedOperation operation) {
        synchronized (this) {
            queue.addLast(operation);
            if (busy) {
                return;
            }
            busy = true;
        }
        dispatch();
    }

    /** Hands the lane to a worker; once the executor is closed, what waits is cancelled instead of lost. */
    private void dispatch() {
        try {
            workers.execute(this::runOne);
        } catch (RejectedExecutionException closed) {
            List<QueuedOperation> abandoned;
            synchronized (this) {
                abandoned = new ArrayList<>(queue);
                queue.clear();
                busy = false;
            }
            abandoned.forEach(this::cancel);
        }
    }

    private void cancel(QueuedOperation queued) {
        queued.result().complete(OperationResult.cancelled(queued.resource().id(), queued.resource().agent(),
                queued.operation(), clock.instant(), Duration.between(queued.queuedAt(), clock.instant())));
    }

    private void runOne() {
        QueuedOperation next;
        synchronized (this) {
            next = queue.pollFirst();
            if (next == null) {
                busy = false;
                return;
            }
        }
        try {
            next.result().complete(runner.apply(next));
        } catch (RuntimeException | Error e) {
            next.result().completeExceptionally(e);
        } finally {
            boolean more;
            synchronized (this) {
                more = !queue.isEmpty();
                busy = more;
            }
            if (more) {
                dispatch();
            }
        }
    }

    /** Withdraws queued (not running) recurring monitors, e.g. because the resource is being stopped. */
    void dropQueuedMonitors() {
        List<QueuedOperation> dropped = new ArrayList<>();
        synchronized (this) {
            for (Iterator<QueuedOperation> it = queue.iterator(); it.hasNext(); ) {
                QueuedOperation queued = it.next();
                if (queued.isRecurring()) {
                    it.remove();
                    dropped.add(queued);
                }
            }
        }
        dropped.forEach(this::cancel);
    }
}
