package io.hactl.cib;

/**
 * One {@code lrm_rsc_op}: the last result of an operation on a node. {@code rcCode} is what the agent said (OCF
 * codes), {@code opStatus} whether it ran at all (0 done, 1 cancelled, 2 timed out, 4 error, ...), kept apart as
 * Pacemaker does.
 *
 * @param lastRcChange epoch seconds of the last result change
 * @param exitReason   the agent's last {@code ocf-exit-reason:} line ({@code exit-reason}), empty if none
 * @param queueMs      {@code queue-time}: how long the operation waited before it ran
 * @param execMs       {@code exec-time}: how long the agent ran
 */
public record OperationRecord(
        String id, String operation, long intervalMs, int rcCode, int opStatus, long callId, long lastRcChange,
        String exitReason, long queueMs, long execMs) {

    /** A record without exit reason or timings, as the scheduler's tests write them. */
    public OperationRecord(
            String id, String operation, long intervalMs, int rcCode, int opStatus, long callId, long lastRcChange) {
        this(id, operation, intervalMs, rcCode, opStatus, callId, lastRcChange, "", 0, 0);
    }

    /** The same result under another entry id ({@code RSC_last_failure_0} for a failure's copy). */
    public OperationRecord withId(String otherId) {
        return new OperationRecord(otherId, operation, intervalMs, rcCode, opStatus, callId, lastRcChange, exitReason,
                queueMs, execMs);
    }

    public boolean isProbe() {
        return "monitor".equals(operation) && intervalMs == 0;
    }
}
