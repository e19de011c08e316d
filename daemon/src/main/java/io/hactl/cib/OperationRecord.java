package io.hactl.cib;

/**
 * One {@code lrm_rsc_op}: the last result of an operation on a node. {@code rcCode} is what the agent said (OCF
 * codes), {@code opStatus} whether it ran at all (0 done, 1 cancelled, 2 timed out, 4 error, ...), kept apart as
 * Pacemaker does.
 *
 * @param lastRcChange epoch seconds of the last result change
 */
public record OperationRecord(
        String id, String operation, long intervalMs, int rcCode, int opStatus, long callId, long lastRcChange) {

    public boolean isProbe() {
        return "monitor".equals(operation) && intervalMs == 0;
    }
}
