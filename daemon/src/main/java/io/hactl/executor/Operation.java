package io.hactl.executor;

import java.time.Duration;
import java.util.Objects;

/**
 * One action to run on a resource, with the op attributes of the CIB ({@code <op name interval timeout
 * start-delay OCF_CHECK_LEVEL>}).
 *
 * @param interval   zero for a one-shot action; for {@code monitor}, zero is a probe
 * @param startDelay how long a recurring monitor waits before its first run
 * @param checkLevel OCF_CHECK_LEVEL: 0 cheap, 10 thorough, 20 exhaustive (agents decide what that means)
 */
public record Operation(String action, Duration timeout, Duration interval, Duration startDelay, int checkLevel) {
    /** Pacemaker's default op timeout, used when neither the admin nor the agent says otherwise. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);

    public Operation {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(startDelay, "startDelay");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, got " + timeout);
        }
        if (interval.isNegative() || startDelay.isNegative()) {
            throw new IllegalArgumentException("interval and start-delay must not be negative");
        }
    }

    public static Operation of(String action, Duration timeout) {
        return new Operation(action, timeout, Duration.ZERO, Duration.ZERO, 0);
    }

    public static Operation monitor(Duration interval, Duration timeout) {
        return new Operation("monitor", timeout, interval, Duration.ZERO, 0);
    }

    public boolean isRecurring() {
        return !interval.isZero();
    }

    /** {@code monitor} with interval 0: the one-shot check run when a node (re)joins, answered 7 when stopped. */
    public boolean isProbe() {
        return "monitor".equals(action) && interval.isZero();
    }

    public Operation withCheckLevel(int level) {
        return new Operation(action, timeout, interval, startDelay, level);
    }

    public Operation withStartDelay(Duration delay) {
        return new Operation(action, timeout, interval, delay, checkLevel);
    }

    /** {@code monitor_10000}, the key Pacemaker gives an operation in the CIB status section. */
    public String key(String resource) {
        return resource + "_" + action + "_" + interval.toMillis();
    }
}
