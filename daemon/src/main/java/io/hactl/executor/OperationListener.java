package io.hactl.executor;

/**
 * Receives operation results (the controller, later; tests now).
 *
 * <p><b>Threading:</b> called on the executor worker thread that ran the operation, right after it
 * finished. Calls for one resource never overlap and arrive in the order the operations ran; calls for
 * different resources may come concurrently. Do not block: hand the result to your own queue.
 *
 * <p><b>Recurring monitors</b> are reported like Pacemaker's execd reports them: the first result, then
 * only when the outcome (exec status or rc) changes. One-shot operations, probes included, are always
 * reported. A listener that throws is logged and does not affect others.
 */
@FunctionalInterface
public interface OperationListener {
    void operationFinished(OperationResult result);
}
