package io.hactl.executor;

import java.time.Duration;
import java.time.Instant;

/**
 * How one agent process went, before its exit is read in OCF terms.
 *
 * @param exitCode the process's exit status; meaningful only when {@code status} is {@link ExecStatus#DONE}
 * @param detail   why there is no exit code (the missing path, the launch error), or empty
 */
record AgentRun(ExecStatus status, int exitCode, Instant started, Duration ran, AgentOutput output,
        String exitReason, String detail) {}
