package io.hactl.e2e;

import io.hactl.lab.OutageReport;
import io.hactl.lab.Reply;
import io.hactl.lab.SipProber;
import io.hactl.lab.Timeline;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * One run of one fault on a fresh cluster, seen by a caller: the prober starts first, then every hactld at once
 * (which gives the time from start to the first SIP answer); once the group answers from ast1 and every node has
 * joined, the fault hits ast1; the run ends when callers are answered from where the group belongs now and the
 * cluster has settled (one VIP holder, one kamailio), plus a second of probing to catch any node answering behind
 * the new one's back.
 */
public final class FaultTrial {

    /**
     * @param startToFirstAnswer from starting the daemons to the first SIP answer
     * @param report             what callers saw around the fault
     * @param answeringAtEnd     the node that answered the last request
     * @param vipHolders         the nodes holding the VIP at the end (exactly one, or it is a split brain)
     * @param kamailioNodes      the nodes running kamailio at the end
     */
    public record Result(Fault fault, Duration startToFirstAnswer, OutageReport report, String answeringAtEnd,
                         List<Integer> vipHolders, List<Integer> kamailioNodes) {

        public String summary() {
            return fault.label() + ": " + report.summary() + "; start to first answer "
                    + startToFirstAnswer.toMillis() + "ms; answering at the end: " + answeringAtEnd + ", VIP on "
                    + vipHolders + ", kamailio on " + kamailioNodes;
        }
    }

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration AFTER_RECOVERY = Duration.ofSeconds(1);
    private static final Duration HACTLD_RESTART_DELAY = Duration.ofSeconds(1);

    private final ClusterSpec spec;
    private final Fault fault;
    private final Path logs;

    public FaultTrial(ClusterSpec spec, Fault fault, Path logs) {
        this.spec = spec;
        this.fault = fault;
        this.logs = logs;
    }

    /** Where the group runs once the fault is dealt with. */
    public String expectedNodeAfter() {
        boolean stays = switch (fault) {
            case SERVICE_CRASH, SERVICE_HANG -> spec.migrationThreshold() > 1;
            case NODE_RETURN -> spec.autoFailback();
            default -> false;
        };
        return ClusterSpec.nodeName(stays ? 1 : 2);
    }

    public Result run() {
        try (SipCluster cluster = SipCluster.create(spec, logs);
             SipProber prober = SipProber.start(cluster.lab(), cluster.vip())) {
            Instant started = Instant.now();
            cluster.startAll();
            Duration recoveryTimeout = recoveryTimeout();
            await(() -> firstAnswer(prober.timeline()).isPresent(), START_TIMEOUT, "the first SIP answer", cluster);
            Duration startToFirstAnswer = Duration.between(started, firstAnswer(prober.timeline()).orElseThrow());
            await(() -> allJoined(cluster), START_TIMEOUT, "every node online", cluster);
            homeOnAst1(cluster, prober);
            await(cluster::announcementsDone, START_TIMEOUT, "the VIP's announcements to end", cluster);
            Instant faultAt = inject(cluster);
            if (fault == Fault.NODE_RETURN) {
                await(() -> answeredFrom(prober, "ast2", faultAt), recoveryTimeout, "ast2 answering after ast1's loss",
                        cluster);
                Instant returnAt = Instant.now();
                cluster.rebootNode(1);
                return finish(cluster, prober, returnAt, startToFirstAnswer, recoveryTimeout);
            }
            return finish(cluster, prober, faultAt, startToFirstAnswer, recoveryTimeout);
        }
    }

    private Result finish(SipCluster cluster, SipProber prober, Instant faultAt, Duration startToFirstAnswer,
                          Duration recoveryTimeout) {
        String expected = expectedNodeAfter();
        await(() -> answeredFrom(prober, expected, faultAt), recoveryTimeout, expected + " answering", cluster);
        await(() -> cluster.vipHolders().size() == 1 && cluster.kamailioNodes().size() == 1, recoveryTimeout,
                "one VIP holder and one kamailio", cluster);
        sleepUntil(Instant.now().plus(AFTER_RECOVERY));
        prober.close();
        Timeline timeline = prober.timeline();
        return new Result(fault, startToFirstAnswer, timeline.outageAround(faultAt),
                timeline.lastAnswer().map(Reply::node).orElse("nobody"), cluster.vipHolders(), cluster.kamailioNodes());
    }

    private Instant inject(SipCluster cluster) {
        Instant at = Instant.now();
        switch (fault) {
            case NODE_LOSS, NODE_RETURN -> cluster.loseNode(1);
            case HACTLD_CRASH -> {
                cluster.crashHactld(1);
                sleepUntil(at.plus(HACTLD_RESTART_DELAY));
                cluster.start(1);
            }
            case SERVICE_CRASH -> cluster.killService(1);
            case SERVICE_HANG -> cluster.hangService(1);
            case STANDBY -> cluster.hactl(2, "standby", "ast1").orThrow();
        }
        return at;
    }

    /**
     * Every fault is measured from the group running on ast1. When both daemons boot at once and ast1's is much
     * slower (a loaded machine), the DC may place the group before ast1 has joined and stickiness then keeps it on
     * ast2; the admin's move (and unmove) brings it home first.
     */
    private static void homeOnAst1(SipCluster cluster, SipProber prober) {
        if (prober.timeline().lastAnswer().map(r -> r.node().equals("ast1")).orElse(false)) {
            return;
        }
        Instant moved = Instant.now();
        cluster.hactl(2, "resource", "move", ClusterSpec.GROUP, "ast1").orThrow();
        await(() -> answeredFrom(prober, "ast1", moved), START_TIMEOUT, "the group moved home to ast1", cluster);
        cluster.hactl(2, "resource", "unmove", ClusterSpec.GROUP).orThrow();
    }

    /** Detection plus start, with room: deadtime for a lost node, a monitor interval for a service. */
    private Duration recoveryTimeout() {
        return Duration.ofSeconds(60).plus(spec.profile().monitor().multipliedBy(3));
    }

    private static boolean allJoined(SipCluster cluster) {
        String status = cluster.hactl(1, "status").output();
        // "  * Online: [ ast1 ast2 ]", as crm_mon prints it
        return status.lines().map(String::strip).filter(l -> l.startsWith("* Online: [") && l.endsWith("]"))
                .anyMatch(l -> l.substring(l.indexOf('[') + 1, l.length() - 1).strip().split("\\s+").length
                        == cluster.spec().nodes());
    }

    private static boolean answeredFrom(SipProber prober, String node, Instant since) {
        return prober.timeline().answersFrom(node, since) > 0;
    }

    private static Optional<Instant> firstAnswer(Timeline timeline) {
        return timeline.probes().stream().flatMap(p -> p.replies().stream()).map(Reply::received)
                .min(Instant::compareTo);
    }

    private static void await(BooleanSupplier condition, Duration timeout, String what, SipCluster cluster) {
        if (!Waiting.until(condition, timeout)) {
            throw new IllegalStateException("timed out after " + timeout.toSeconds() + "s waiting for " + what
                    + " (logs in " + cluster.lab().logDir() + "); hactl status on ast2 says:\n"
                    + cluster.hactl(2, "status").output());
        }
    }

    private static void sleepUntil(Instant when) {
        long millis = Duration.between(Instant.now(), when).toMillis();
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }
}
