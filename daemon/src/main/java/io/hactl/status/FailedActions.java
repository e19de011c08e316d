package io.hactl.status;

import io.hactl.cib.CibSnapshot;
import io.hactl.cib.NodeState;
import io.hactl.cib.OperationRecord;
import io.hactl.cib.ResourceHistory;
import io.hactl.executor.OcfRc;
import io.hactl.status.StatusModel.FailedAction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The failed operations of the status section ({@code lrm_rsc_op}), as crm_mon's "Failed Resource Actions". */
final class FailedActions {
    private FailedActions() {}

    static List<FailedAction> of(CibSnapshot cib) {
        List<FailedAction> failed = new ArrayList<>();
        for (NodeState node : cib.status()) {
            for (ResourceHistory history : node.history()) {
                Set<String> seen = new HashSet<>();
                for (OperationRecord op : history.operations()) {
                    // RSC_last_failure_0 repeats the failed operation's own record: crm_mon shows it once.
                    if (isFailure(op) && seen.add(op.operation() + "_" + op.intervalMs() + "#" + op.callId())) {
                        failed.add(new FailedAction(history.resource(), op.operation(), op.intervalMs(),
                                node.uname(), op.rcCode(), OcfRc.fromOcfExit(op.rcCode()).meaning(),
                                execStatus(op.opStatus()), op.callId(), op.exitReason(),
                                Instant.ofEpochSecond(op.lastRcChange()), op.queueMs(), op.execMs()));
                    }
                }
            }
        }
        return failed;
    }

    /**
     * Ran but did not finish (timeout, error), or finished with an rc nobody expected. "Not running" is expected
     * from a probe (a one-shot monitor) and from a stop, so those are not failures.
     */
    private static boolean isFailure(OperationRecord op) {
        if (op.opStatus() == 1 || op.opStatus() == -1) {
            return false; // cancelled or pending: no result yet
        }
        if (op.opStatus() != 0) {
            return true;
        }
        boolean ok = op.rcCode() == 0 || op.rcCode() == 8;
        boolean benign = op.rcCode() == 7 && (op.isProbe() || op.operation().equals("stop"));
        return !ok && !benign;
    }

    /** Pacemaker's {@code pcmk_exec_status_str}, so the status word reads as in crm_mon. */
    static String execStatus(int opStatus) {
        return switch (opStatus) {
            case -1 -> "pending";
            case 0 -> "complete";
            case 1 -> "Cancelled";
            case 2 -> "Timed Out";
            case 3 -> "NOT SUPPORTED";
            case 4 -> "Error";
            case 5 -> "Not installed";
            case 6 -> "Not connected";
            case 7 -> "Invalid parameter";
            default -> "unknown (" + opStatus + ")";
        };
    }
}
