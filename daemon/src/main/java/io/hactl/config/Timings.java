package io.hactl.config;

import java.time.Duration;

/**
 * Heartbeat's four timings, as ha.cf sets them.
 *
 * @param keepalive how often a node sends a heartbeat
 * @param deadtime  silence after which a node is declared dead
 * @param warntime  silence after which a "late heartbeat" warning is logged
 * @param initdead  the longer deadtime that applies while the cluster starts up (networks are slow to come up)
 */
public record Timings(Duration keepalive, Duration deadtime, Duration warntime, Duration initdead) {

    /** Heartbeat 3's compiled-in defaults: {@code keepalive 1000ms}, {@code deadtime 30000ms}. */
    public static final Duration DEFAULT_KEEPALIVE = Duration.ofSeconds(1);
    public static final Duration DEFAULT_DEADTIME = Duration.ofSeconds(30);

    /**
     * Heartbeat's rule when {@code initdead} is absent: deadtime itself when it exceeds 10 s, otherwise
     * 12 s for deadtimes under 6 s and twice the deadtime in between, so that a slow network at boot does
     * not make the first node start resources alone.
     */
    public static Duration defaultInitdead(Duration deadtime) {
        if (deadtime.compareTo(Duration.ofSeconds(10)) > 0) {
            return deadtime;
        }
        if (deadtime.compareTo(Duration.ofSeconds(6)) < 0) {
            return Duration.ofSeconds(12);
        }
        return deadtime.multipliedBy(2);
    }

    /** When {@code warntime} is absent, warn halfway to death: late enough not to be noise, early enough to act. */
    public static Duration defaultWarntime(Duration deadtime) {
        return deadtime.dividedBy(2);
    }
}
