package io.hactl.executor;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The outcome of one operation: whether it ran ({@link ExecStatus}) kept apart from what the agent said
 * ({@link OcfRc}), plus what an operator needs to understand a failure: the exit reason, how long it waited
 * in its resource's queue, how long it ran, and the last lines of output.
 *
 * @param exitCode   the raw exit status of the script (for LSB and Heartbeat scripts it differs from {@code rc})
 * @param exitReason the agent's last {@code ocf-exit-reason:} line, or empty
 * @param detail     the executor's own explanation when the agent gave none (missing path, timeout), or empty
 */
public record OperationResult(String resource, AgentRef agent, Operation operation, ExecStatus status, OcfRc rc,
        int exitCode, String exitReason, Instant started, Duration queued, Duration ran, AgentOutput output,
        String detail) {

    public OperationResult {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(rc, "rc");
        exitReason = exitReason == null ? "" : exitReason;
        detail = detail == null ? "" : detail;
    }

    static OperationResult cancelled(String resource, AgentRef agent, Operation operation, Instant at,
            Duration queued) {
        return new OperationResult(resource, agent, operation, ExecStatus.CANCELLED, OcfRc.GENERIC_ERROR, -1, "",
                at, queued, Duration.ZERO, AgentOutput.NONE, "cancelled before it ran");
    }

    public String action() {
        return operation.action();
    }

    /** The agent ran and gave exactly this answer. */
    public boolean answered(OcfRc expected) {
        return status == ExecStatus.DONE && rc == expected;
    }

    /**
     * One line for logs and {@code hactl}: {@code rc=7 (not running)}, or for runs without an answer the
     * exec status ({@code TIMEOUT}, {@code NOT_INSTALLED}), with the reason when known.
     */
    public String outcome() {
        String text = status == ExecStatus.DONE ? "rc=" + rc.describe() : status + " rc=" + rc.describe();
        if (!exitReason.isEmpty()) {
            text += " exit-reason='" + exitReason + "'";
        }
        if (!detail.isEmpty()) {
            text += " (" + detail + ")";
        }
        return text;
    }
}
