package io.hactl.executor;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Knobs of the local executor.
 *
 * @param maxParallel      operations on different resources that may run at once; more wait in their
 *                         resource's queue (their wait is reported as queue time)
 * @param killGrace        after a timeout, how long the agent's group has between TERM and KILL
 * @param outputLimitChars per stream, how much of an agent's output is kept (the last lines)
 * @param setsid           util-linux {@code setsid}, which starts each agent in its own session and group
 * @param logOperations    log each operation's outcome (the daemon does; {@code hactl resource exec} prints
 *                         the outcome itself and would only repeat it)
 */
public record ExecutorSettings(int maxParallel, Duration killGrace, int outputLimitChars, Path setsid,
        boolean logOperations) {
    public ExecutorSettings {
        if (maxParallel < 1) {
            throw new IllegalArgumentException("maxParallel must be at least 1");
        }
        if (killGrace.isNegative()) {
            throw new IllegalArgumentException("killGrace must not be negative");
        }
    }

    /**
     * A bound keeps a node with hundreds of resources from forking hundreds of shells at once (Pacemaker
     * bounds the same thing in its controller, node-action-limit). 16 workers run 200 one-second monitors
     * of a few milliseconds each well within their interval (see bench/run executor); 5 s of grace lets
     * a TERM handler clean up.
     */
    public static ExecutorSettings defaults() {
        return new ExecutorSettings(16, Duration.ofSeconds(5), 64 * 1024, Path.of("/usr/bin/setsid"), true);
    }

    public ExecutorSettings withKillGrace(Duration grace) {
        return new ExecutorSettings(maxParallel, grace, outputLimitChars, setsid, logOperations);
    }

    public ExecutorSettings withOutputLimitChars(int chars) {
        return new ExecutorSettings(maxParallel, killGrace, chars, setsid, logOperations);
    }

    public ExecutorSettings withMaxParallel(int parallel) {
        return new ExecutorSettings(parallel, killGrace, outputLimitChars, setsid, logOperations);
    }

    public ExecutorSettings withoutOperationLog() {
        return new ExecutorSettings(maxParallel, killGrace, outputLimitChars, setsid, false);
    }
}
