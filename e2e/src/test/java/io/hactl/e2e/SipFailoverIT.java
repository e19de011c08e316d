package io.hactl.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed's SIP cluster on real hosts (network namespaces, one real hactld each, kamailio behind a VIP): each
 * fault of the seed's tests hits ast1 while a caller sends OPTIONS every 10 ms. The caller must be answered again,
 * by the node the configuration says, never by two nodes at once, and the cluster must end with one VIP and one
 * kamailio. Bounds are loose (a busy CI machine); {@code bench/run sip-failover} measures the figures.
 */
class SipFailoverIT {
    private static final ClusterSpec FAST = ClusterSpec.of(Profile.FAST);

    @BeforeAll
    static void needsLab() {
        assumeTrue(SipCluster.available(), "needs root, ip netns, kamailio, sipsak, tcpdump and arping");
    }

    private static FaultTrial.Result run(ClusterSpec spec, Fault fault, Duration bound) throws Exception {
        Path logs = Files.createTempDirectory("hactl-e2e-" + fault.name().toLowerCase() + "-");
        FaultTrial trial = new FaultTrial(spec, fault, logs);
        FaultTrial.Result result = trial.run();
        System.out.println(result.summary());
        assertThat(result.report().twoNodesAnswering()).as(result.summary()).isEmpty();
        assertThat(result.report().recovered()).as(result.summary()).isTrue();
        assertThat(result.answeringAtEnd()).as(result.summary()).isEqualTo(trial.expectedNodeAfter());
        assertThat(result.vipHolders()).as(result.summary()).hasSize(1);
        assertThat(result.kamailioNodes()).as(result.summary()).isEqualTo(result.vipHolders());
        assertThat(result.report().outage()).as(result.summary()).isLessThan(bound);
        return result;
    }

    @Test
    void aLostNodesGroupMovesWithinDeadtime() throws Exception {
        run(FAST, Fault.NODE_LOSS, Duration.ofSeconds(3));
    }

    @Test
    void aCrashedHactldIsReplacedAndItsRestartLeavesOneCopy() throws Exception {
        // kamailio on ast1 answers until ast2's ARP announcement moves callers: they hardly notice.
        run(FAST, Fault.HACTLD_CRASH, Duration.ofSeconds(1));
    }

    @Test
    void aCrashedServiceMovesAtMigrationThresholdOne() throws Exception {
        run(FAST, Fault.SERVICE_CRASH, Duration.ofSeconds(3));
    }

    @Test
    void aCrashedServiceRestartsInPlaceBelowMigrationThreshold() throws Exception {
        run(FAST.withMigrationThreshold(2), Fault.SERVICE_CRASH, Duration.ofSeconds(3));
    }

    @Test
    void aHungServiceFailsItsMonitorAndMoves() throws Exception {
        run(FAST, Fault.SERVICE_HANG, Duration.ofSeconds(3));
    }

    @Test
    void standbyMovesTheGroupToTheOtherNode() throws Exception {
        run(FAST, Fault.STANDBY, Duration.ofSeconds(2));
    }

    @Test
    void aReturningNodeLeavesTheGroupWhereItRunsWithoutFailback() throws Exception {
        FaultTrial.Result result = run(FAST, Fault.NODE_RETURN, Duration.ofSeconds(2));
        assertThat(result.report().nodeBefore()).contains("ast2");
    }

    @Test
    void aReturningNodeTakesTheGroupBackWithFailback() throws Exception {
        run(FAST.withAutoFailback(true), Fault.NODE_RETURN, Duration.ofSeconds(2));
    }

    @Test
    void haresourcesClusterFailsOverAndBackAsHeartbeatDid() throws Exception {
        run(FAST.withHaresources().withAutoFailback(true), Fault.NODE_RETURN, Duration.ofSeconds(2));
    }

    @Test
    void threeNodesWithTheSeedsTimingsHandOverOnStandby() throws Exception {
        run(ClusterSpec.of(Profile.SEED).withNodes(3), Fault.STANDBY, Duration.ofSeconds(5));
    }
}
