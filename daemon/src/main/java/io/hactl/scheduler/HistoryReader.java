package io.hactl.scheduler;

import io.hactl.cib.OperationRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Derives a resource's state on a node from its operation history, replaying operations in call-id order as
 * Pacemaker's unpack does. OCF codes: 0 ok, 7 not running, 8/9 promoted; op-status 0 done, 1 cancelled,
 * -1/pending; anything else (timeout, error) is a failure whatever rc says.
 */
final class HistoryReader {
    private static final int OCF_OK = 0;
    private static final int OCF_NOT_RUNNING = 7;

    private HistoryReader() {}

    static ActiveState replay(List<OperationRecord> operations, Optional<Duration> failureTimeout, Instant now,
            String onFail, boolean managed) {
        boolean running = false;
        boolean failed = false;
        boolean stopFailed = false;
        long startedAt = -1;
        List<OperationRecord> ordered = operations.stream()
                .sorted(Comparator.comparingLong(OperationRecord::callId)
                        .thenComparingLong(OperationRecord::lastRcChange))
                .toList();
        for (OperationRecord op : ordered) {
            if (op.opStatus() == 1 || op.opStatus() == -1) {
                continue; // cancelled or still pending: says nothing yet
            }
            boolean ok = op.opStatus() == 0 && (op.rcCode() == OCF_OK || op.rcCode() == 8);
            boolean notRunning = op.opStatus() == 0 && op.rcCode() == OCF_NOT_RUNNING;
            // An expired failure (failure-timeout passed) is forgotten, as if it had never been recorded.
            // For an unmanaged resource "not running" is news, not a failure (Pacemaker: it is simply stopped).
            boolean benignNotRunning = notRunning && (op.isProbe() || op.operation().equals("stop") || !managed);
            boolean isFailure = !ok && !benignNotRunning;
            if (isFailure && FailCounts.expired(op.lastRcChange(), failureTimeout, now)) {
                continue;
            }
            switch (op.operation()) {
                case "start" -> {
                    running = true;
                    failed = !ok;
                    startedAt = ok ? op.lastRcChange() : startedAt;
                }
                case "stop" -> {
                    if (ok || notRunning) {
                        running = false;
                        failed = false;
                        stopFailed = false;
                        startedAt = -1;
                    } else {
                        running = true;
                        stopFailed = true;
                    }
                }
                case "monitor" -> {
                    if (ok) {
                        running = true;
                        failed = false;
                    } else if (benignNotRunning) {
                        running = false;
                        failed = false;
                        startedAt = -1;
                    } else {
                        // A recurring monitor that finds the resource gone, or any other error: it was meant
                        // to be running here and needs recovery (crm_mon shows it FAILED on this node).
                        running = true;
                        failed = true;
                    }
                }
                default -> { }
            }
        }
        if (failed && "ignore".equals(onFail)) {
            failed = false;
        }
        if (failed && "block".equals(onFail)) {
            stopFailed = true;
        }
        return new ActiveState(running, failed, stopFailed, running ? startedAt : -1);
    }
}
