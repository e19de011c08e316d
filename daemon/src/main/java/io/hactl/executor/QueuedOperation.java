package io.hactl.executor;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * An operation waiting in its resource's lane.
 *
 * @param monitor the recurring monitor that queued it, or empty for a one-shot operation
 */
record QueuedOperation(Primitive resource, Operation operation, Instant queuedAt, Optional<RecurringMonitor> monitor,
        CompletableFuture<OperationResult> result) {

    boolean isRecurring() {
        return monitor.isPresent();
    }
}
