package io.hactl.membership;

import io.hactl.config.Timings;
import java.time.Duration;

/**
 * The one mapping from Heartbeat's timings to every JGroups timeout that affects failure detection. Nothing
 * that decides how fast a node is declared dead is left at a JGroups default.
 *
 * <p>How a silent node dies, step by step (worst case, from the last message heard at t0):
 * <pre>
 *   FD_ALL3   suspects it after at most  fdTimeout + keepalive   (bitmap of fdTimeout/keepalive bits, checked every keepalive)
 *   VERIFY_SUSPECT2 confirms after       verifyTimeout           (one more "are you dead?" probe)
 *   GMS on the dc installs the new view  within viewInstall      (budget; acks are awaited for at most verifyTimeout)
 *   ---------------------------------------------------------------
 *   deadtime  >=  fdTimeout + keepalive + verifyTimeout + viewInstall
 * </pre>
 * so {@code fdTimeout = floor((deadtime − keepalive − verifyTimeout − viewInstall) / keepalive) × keepalive}; rounding
 * down to whole keepalives matters because FD_ALL3 rounds its bit count up. A crashed process is faster: its
 * FD_SOCK2 socket closes, so it costs only {@code verifyTimeout + viewInstall}.
 *
 * <p>Impossible combinations are refused, as {@code FD_ALL3.init()} refuses {@code interval >= timeout}: we require
 * {@code fdTimeout >= 2 × keepalive} so that one lost heartbeat alone never starts a suspicion. Solving the formula
 * gives the rule admins see: {@code deadtime >= (3 × keepalive) / 0.8}, 3.75 keepalives.
 *
 * <p>Why verification gets only a tenth of deadtime: it is one "are you dead?" round trip, a millisecond on a LAN,
 * and a crashed process (kill -9, its FD_SOCK2 socket closed by the kernel) is declared dead after exactly this
 * wait; every millisecond not spent here goes to FD_ALL3, which then tolerates more missed heartbeats.
 *
 * @param keepalive          FD_ALL3.interval: every node multicasts a heartbeat this often
 * @param warntime           silence after which one "late heartbeat" line is logged (ours, not JGroups')
 * @param deadtime           the promise: a silent node is out of the view no later than this after its last message
 * @param initdead           how long a starting node keeps trying to join before it forms a cluster alone
 * @param fdTimeout          FD_ALL3.timeout, see the formula above
 * @param verifyTimeout      VERIFY_SUSPECT2.timeout = min(deadtime / 10, 1 s); also GMS.view_ack_collection_timeout
 *                           and FD_SOCK2.connect_timeout
 * @param viewInstall        budget for GMS to install a view = min(deadtime / 10, 1 s)
 * @param joinTimeout        GMS.join_timeout (also the discovery wait) = clamp(5 × keepalive, 500 ms,
 *                           min(deadtime, 2 s)): nodes booting together find each other within two of these,
 *                           as Heartbeat's do within a keepalive or two
 * @param maxJoinAttempts    GMS.max_join_attempts = ceil(initdead / joinTimeout): initdead is spent trying to join
 * @param leaveTimeout       GMS.leave_timeout = clamp(deadtime / 2, 200 ms, 5 s): how long a leaving node waits
 *                           for the dc to confirm, so a clean stop never takes longer than this
 * @param mergeTimeout       GMS.merge_timeout = clamp(deadtime, 1 s, 10 s): a merge of healed partitions must
 *                           finish within this or is retried
 * @param mergeMinInterval   MERGE3.min_interval = clamp(keepalive, 1 s, 30 s): coordinators announce themselves
 *                           this often at least, so a node back from a freeze or a healed link rejoins within about
 *                           {@code mergeCheckInterval} (6.4 s with keepalive 2 s): Heartbeat hears it at its next
 *                           keepalive, and until the merge both sides may run the same resources
 * @param mergeMaxInterval   MERGE3.max_interval = 2 × mergeMinInterval
 * @param mergeCheckInterval MERGE3.check_interval = 1.6 × mergeMaxInterval (JGroups' own ratio)
 */
public record FailureDetectorSettings(
        Duration keepalive,
        Duration warntime,
        Duration deadtime,
        Duration initdead,
        Duration fdTimeout,
        Duration verifyTimeout,
        Duration viewInstall,
        Duration joinTimeout,
        int maxJoinAttempts,
        Duration leaveTimeout,
        Duration mergeTimeout,
        Duration mergeMinInterval,
        Duration mergeMaxInterval,
        Duration mergeCheckInterval) {

    private static final Duration ONE_SECOND = Duration.ofSeconds(1);

    /**
     * Derives every detection timeout from ha.cf.
     *
     * @throws IllegalArgumentException with an admin-readable reason when the timings cannot be honoured
     */
    public static FailureDetectorSettings fromHaCf(Timings timings) {
        Duration keepalive = timings.keepalive();
        Duration deadtime = timings.deadtime();
        requirePositive("keepalive", keepalive);
        requirePositive("deadtime", deadtime);
        Duration verify = min(deadtime.dividedBy(10), ONE_SECOND);
        Duration viewInstall = min(deadtime.dividedBy(10), ONE_SECOND);
        Duration budget = deadtime.minus(keepalive).minus(verify).minus(viewInstall);
        Duration fdTimeout = keepalive.multipliedBy(Math.max(0, budget.toNanos() / keepalive.toNanos()));
        if (fdTimeout.compareTo(keepalive.multipliedBy(2)) < 0) {
            Duration needed = Duration.ofMillis((long) Math.ceil(keepalive.toMillis() * 3 / 0.8));
            throw new IllegalArgumentException("deadtime " + ms(deadtime) + " is too short for keepalive " + ms(keepalive)
                    + ": a node must be allowed to miss one heartbeat before it is suspected, which needs deadtime >= "
                    + ms(needed) + " (deadtime >= keepalive + 2 x keepalive + deadtime/10 + deadtime/10)");
        }
        if (timings.warntime().compareTo(deadtime) >= 0) {
            throw new IllegalArgumentException("warntime " + ms(timings.warntime()) + " must be shorter than deadtime "
                    + ms(deadtime) + ", or the late-heartbeat warning would come after the node is declared dead");
        }
        if (timings.warntime().compareTo(keepalive) <= 0) {
            throw new IllegalArgumentException("warntime " + ms(timings.warntime()) + " must exceed keepalive "
                    + ms(keepalive) + ", or every heartbeat would be late");
        }
        if (timings.initdead().compareTo(deadtime) < 0) {
            throw new IllegalArgumentException("initdead " + ms(timings.initdead()) + " must be at least deadtime "
                    + ms(deadtime));
        }
        Duration join = clamp(keepalive.multipliedBy(5), Duration.ofMillis(500), min(deadtime, Duration.ofSeconds(2)));
        int joinAttempts = (int) Math.max(1, ceilDiv(timings.initdead().toNanos(), join.toNanos()));
        Duration leave = clamp(deadtime.dividedBy(2), Duration.ofMillis(200), Duration.ofSeconds(5));
        Duration merge = clamp(deadtime, ONE_SECOND, Duration.ofSeconds(10));
        Duration mergeMin = clamp(keepalive, ONE_SECOND, Duration.ofSeconds(30));
        Duration mergeMax = mergeMin.multipliedBy(2);
        return new FailureDetectorSettings(keepalive, timings.warntime(), deadtime, timings.initdead(), fdTimeout,
                verify, viewInstall, join, joinAttempts, leave, merge, mergeMin, mergeMax,
                mergeMax.multipliedBy(8).dividedBy(5));
    }

    /**
     * Fast profile for tests on loopback: keepalive 100 ms, warntime 300 ms, deadtime 600 ms, initdead 1 s.
     * Same formulas as production, so tests exercise the real mapping; merges are found within about 3 s.
     */
    public static FailureDetectorSettings loopbackTests() {
        return fromHaCf(new Timings(Duration.ofMillis(100), Duration.ofMillis(600), Duration.ofMillis(300),
                Duration.ofSeconds(1)));
    }

    /** Upper bound of silence before the dc removes a hung node, from the formula in the class comment. */
    public Duration worstCaseSilentDetection() {
        return fdTimeout.plus(keepalive).plus(verifyTimeout).plus(viewInstall);
    }

    /** Upper bound from a crash (socket closed by the kernel) to the new view. */
    public Duration worstCaseCrashDetection() {
        return verifyTimeout.plus(viewInstall);
    }

    private static void requirePositive(String name, Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, not " + ms(value));
        }
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Duration clamp(Duration value, Duration low, Duration high) {
        Duration capped = min(value, high);
        return capped.compareTo(low) < 0 ? min(low, high) : capped;
    }

    static String ms(Duration d) {
        return d.toMillis() + "ms";
    }
}
