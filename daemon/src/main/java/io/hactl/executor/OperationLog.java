package io.hactl.executor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How operations appear in the operator's log: one line per one-shot operation and per change of a
 * recurring monitor's outcome (a healthy monitor every second must not flood the log), with the queue
 * time, the run time and, on failure, the agent's last output lines.
 */
final class OperationLog {
    private static final Logger log = LoggerFactory.getLogger("io.hactl.executor.operations");
    private static final int TAIL_LINES = 5;

    private OperationLog() {}

    static void record(OperationResult result, boolean news) {
        // A probe finding the resource stopped is the normal answer on all nodes but one.
        boolean expected = result.status() == ExecStatus.DONE
                && (result.rc() == OcfRc.OK || (result.operation().isProbe() && result.rc() == OcfRc.NOT_RUNNING));
        var line = (!news ? log.atDebug() : expected ? log.atInfo() : log.atWarn())
                .addKeyValue("resource", result.resource())
                .addKeyValue("action", result.action())
                .addKeyValue("interval", result.operation().interval().toMillis() + "ms")
                .addKeyValue("agent", result.agent())
                .addKeyValue("status", result.status())
                .addKeyValue("rc", result.rc().code() + "(" + result.rc().meaning() + ")")
                .addKeyValue("queued", result.queued().toMillis() + "ms")
                .addKeyValue("ran", result.ran().toMillis() + "ms");
        if (!result.exitReason().isEmpty()) {
            line = line.addKeyValue("exitreason", result.exitReason());
        }
        if (!result.detail().isEmpty()) {
            line = line.addKeyValue("detail", result.detail());
        }
        if (!expected) {
            line = line.addKeyValue("output", String.join(" | ", result.output().lastLines(TAIL_LINES)));
        }
        line.log(result.action() + " " + (expected ? "done" : "failed"));
    }
}
