package io.hactl.executor;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * One recurring monitor ({@code <op name="monitor" interval="10s"/>}): first run after start-delay, then
 * {@code interval} after each run finishes (as Pacemaker schedules them, so a slow agent never overlaps
 * itself). Cancelled when its resource is stopped.
 */
final class RecurringMonitor {
    private final Primitive resource;
    private final Operation operation;
    private final Scheduling scheduling;
    private final Consumer<QueuedOperation> lane;
    private Scheduling.Cancellable next = () -> { };
    private boolean cancelled;
    private OperationResult lastReported;

    RecurringMonitor(Primitive resource, Operation operation, Scheduling scheduling, Consumer<QueuedOperation> lane) {
        this.resource = resource;
        this.operation = operation;
        this.scheduling = scheduling;
        this.lane = lane;
    }

    Operation operation() {
        return operation;
    }

    void begin() {
        scheduleNext(operation.startDelay());
    }

    private synchronized void scheduleNext(java.time.Duration delay) {
        if (!cancelled) {
            next = scheduling.schedule(this::queueRun, delay);
        }
    }

    private void queueRun() {
        synchronized (this) {
            if (cancelled) {
                return;
            }
        }
        CompletableFuture<OperationResult> result = new CompletableFuture<>();
        result.whenComplete((done, failure) -> scheduleNext(operation.interval()));
        lane.accept(new QueuedOperation(resource, operation, scheduling.clock().instant(), Optional.of(this), result));
    }

    synchronized void cancel() {
        cancelled = true;
        next.cancel();
    }

    synchronized boolean isCancelled() {
        return cancelled;
    }

    /** Whether subscribers should hear of this result: the first one, and every change of outcome after it. */
    synchronized boolean isNews(OperationResult result) {
        boolean news = cancelled == false && (lastReported == null
                || lastReported.status() != result.status() || lastReported.rc() != result.rc());
        if (news) {
            lastReported = result;
        }
        return news;
    }
}
