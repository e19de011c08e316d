package io.hactl.controller;

import io.hactl.cib.OperationRecord;
import io.hactl.executor.ExecStatus;
import io.hactl.executor.OperationResult;

/**
 * How an executor result is written into the CIB, in Pacemaker's numbers: the agent's rc ({@code rc-code}) kept
 * apart from whether it ran ({@code op-status}: 0 done, 1 cancelled, 2 timed out, 4 error, 7 not installed).
 */
final class OperationOutcome {
    static final int OCF_OK = 0;
    static final int OCF_NOT_RUNNING = 7;

    private OperationOutcome() {}

    static int opStatus(ExecStatus status) {
        return switch (status) {
            case DONE -> 0;
            case CANCELLED -> 1;
            case TIMEOUT -> 2;
            case ERROR -> 4;
            case NOT_INSTALLED -> 7;
        };
    }

    static OperationRecord record(String id, OperationResult result, long callId) {
        return new OperationRecord(id, result.action(), result.operation().interval().toMillis(),
                result.rc().code(), opStatus(result.status()), callId,
                result.started().plus(result.ran()).getEpochSecond(),
                result.exitReason().isEmpty() ? result.detail() : result.exitReason(),
                result.queued().toMillis(), result.ran().toMillis());
    }

    /** The operation did what was asked: the resource is in the state the operation aimed at. */
    static boolean succeeded(OperationRecord op) {
        if (op.opStatus() != 0) {
            return false;
        }
        return switch (op.operation()) {
            case "stop" -> op.rcCode() == OCF_OK || op.rcCode() == OCF_NOT_RUNNING;
            case "monitor" -> op.rcCode() == OCF_OK || (op.intervalMs() == 0 && op.rcCode() == OCF_NOT_RUNNING);
            default -> op.rcCode() == OCF_OK;
        };
    }

    /** The resource is running after this operation (a successful start, or a monitor that found it running). */
    static boolean leavesRunning(OperationRecord op) {
        return op.opStatus() == 0 && op.rcCode() == OCF_OK && !op.operation().equals("stop");
    }

    /** {@code monitor_15000}, {@code start_0}: the key fail counts and ids use. */
    static String key(OperationRecord op) {
        return op.operation() + "_" + op.intervalMs();
    }

    /** {@code rc=7 (not running)}, {@code timed out after 20000 ms}: for logs and explanations. */
    static String describe(OperationRecord op) {
        String text = switch (op.opStatus()) {
            case 0 -> "rc=" + op.rcCode() + " (" + io.hactl.executor.OcfRc.fromOcfExit(op.rcCode()).meaning() + ")";
            case 1 -> "cancelled";
            case 2 -> "timed out after " + op.execMs() + " ms";
            case 7 -> "agent not installed";
            default -> "could not run the agent";
        };
        return op.exitReason().isEmpty() ? text : text + ": " + op.exitReason();
    }
}
