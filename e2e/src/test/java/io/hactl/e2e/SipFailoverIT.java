package io.hactl.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed's SIP cluster on real hosts (network namespaces), fast profile: each fault of the seed's tests hits the
 * node answering callers, and a caller sending OPTIONS every 10 ms must be answered again, by the right node,
 * within the profile's bounds, and never by two nodes at once.
 */
class SipFailoverIT {

    @BeforeAll
    static void needsLab() {
        assumeTrue(SipCluster.available(), "needs root, ip netns, kamailio, sipsak, tcpdump and arping");
    }

    private static FaultTrial.Result run(ClusterSpec spec, Fault fault) throws Exception {
        Path logs = Files.createTempDirectory("hactl-e2e-" + fault.name().toLowerCase() + "-");
        FaultTrial trial = new FaultTrial(spec, fault, logs);
        FaultTrial.Result result = trial.run();
        System.out.println(result.summary());
        assertThat(result.report().twoNodesAnswering()).as(result.summary()).isEmpty();
        assertThat(result.report().recovered()).as(result.summary()).isTrue();
        assertThat(result.report().nodeAfter()).as(result.summary()).contains(trial.expectedNodeAfter());
        assertThat(result.vipHolders()).as(result.summary()).hasSize(1);
        assertThat(result.kamailioNodes()).as(result.summary()).isEqualTo(result.vipHolders());
        return result;
    }

    @Test
    void standbyMovesTheGroupToTheOtherNode() throws Exception {
        FaultTrial.Result result = run(ClusterSpec.of(Profile.FAST), Fault.STANDBY);
        assertThat(result.report().outage()).isLessThan(java.time.Duration.ofSeconds(2));
    }
}
