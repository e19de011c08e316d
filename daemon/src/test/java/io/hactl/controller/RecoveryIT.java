package io.hactl.controller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hactl.cib.xml.XmlElement;
import io.hactl.cib.xml.XmlFiles;
import io.hactl.cib.Score;
import io.hactl.config.Timings;
import io.hactl.scheduler.ObservedResource;
import io.hactl.scheduler.ObservedState;
import io.hactl.membership.FailureDetectorSettings;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Recovery beyond the seed's scenarios: failback per stickiness (what ha.cf's auto_failback becomes), the
 * coordinator dying in the middle of a transition, a service found running on both nodes, and a vanished node's
 * resources kept where they were while stonith-enabled=true has no fencing to back it.
 */
class RecoveryIT extends SeedClusterTest {
    private static final Duration ANSWER = Duration.ofSeconds(10);

    private ChangeOutcome change(String node, String command, Map<String, Object> args) {
        return cluster.node(node).controller().change(command, args, ANSWER).join();
    }

    private static XmlElement seedWithStickiness(String stickiness) throws Exception {
        return seed(text -> text.replace("name=\"resource-stickiness\" value=\"20\"",
                "name=\"resource-stickiness\" value=\"" + stickiness + "\""));
    }

    private static XmlElement seed(java.util.function.UnaryOperator<String> edit) throws Exception {
        try (InputStream in = RecoveryIT.class.getResourceAsStream("/controller/seed-cib.xml")) {
            return new XmlFiles().read(edit.apply(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
        }
    }

    private ObservedResource observed(String node, String resource) {
        return ObservedState.read(cluster.node(node).controller().snapshot().cib(), java.time.Instant.now()).stream()
                .filter(r -> r.id().equals(resource)).findFirst().orElseThrow();
    }

    @Test
    void aFailedStartBansTheNodeAndTheGroupStartsOnTheOther() throws Exception {
        Path fail = Path.of(cluster.stateFile("ast1", "failover-asterisk") + ".failstart");
        Files.createDirectories(fail.getParent());
        Files.createFile(fail);
        cluster.start("ast1");
        cluster.start("ast2");
        awaitGroupOn("ast2");
        assertThat(observed("ast2", "failover-asterisk").failCounts()).containsEntry("ast1", Score.INFINITY);
    }

    @Test
    void aFailedStopBlocksTheResourceWhereItRuns() throws Exception {
        cluster.start("ast1");
        cluster.start("ast2");
        awaitGroupOn("ast1");
        Files.createFile(Path.of(cluster.stateFile("ast1", "failover-asterisk") + ".failstop"));
        assertThat(change("ast2", "node-standby", Map.of("node", "ast1")).ok()).isTrue();
        await().atMost(timing.seconds(10)).until(() -> observed("ast2", "failover-asterisk").blockedOn()
                .equals(List.of("ast1")));
        await().during(timing.seconds(2)).atMost(timing.seconds(3)).until(() ->
                cluster.runningOn("failover-asterisk").equals(List.of("ast1")));
    }

    @Test
    void anExpiredFailureTimeoutLetsTheGroupGoHome() throws Exception {
        XmlElement expiring = seed(text -> text
                .replace("name=\"resource-stickiness\" value=\"20\"", "name=\"resource-stickiness\" value=\"0\"")
                .replace("name=\"migration-threshold\" value=\"2\"", "name=\"migration-threshold\" value=\"1\"")
                .replace("<nvpair id=\"asterisk-group-migration-threshold\"",
                        "<nvpair id=\"asterisk-group-failure-timeout\" name=\"failure-timeout\" value=\"3s\"/>"
                                + "<nvpair id=\"asterisk-group-migration-threshold\""));
        cluster.start("ast1", expiring);
        cluster.start("ast2", expiring);
        awaitGroupOn("ast1");
        Files.delete(cluster.stateFile("ast1", "failover-asterisk"));
        awaitGroupOn("ast2");
        // No event comes when the failure expires: the coordinator's own timer brings the group back.
        awaitGroupOn("ast1");
    }

    private long starts(String node, String resource) throws Exception {
        Path log = Path.of(cluster.stateFile(node, resource) + ".starts");
        return Files.exists(log) ? Files.readAllLines(log).size() : 0;
    }

    @Test
    void aNodeStartingAloneStartsNothingUntilInitdeadEnds() throws Exception {
        XmlElement seed;
        try (InputStream in = RecoveryIT.class.getResourceAsStream("/controller/seed-cib.xml")) {
            seed = new XmlFiles().read(in);
        }
        FailureDetectorSettings initdead4s = FailureDetectorSettings.fromHaCf(new Timings(Duration.ofMillis(100),
                Duration.ofMillis(600), Duration.ofMillis(300), Duration.ofSeconds(4)));
        long started = System.nanoTime();
        cluster.start("ast1", seed, initdead4s);
        await().during(timing.seconds(2)).atMost(timing.seconds(3)).until(() ->
                cluster.runningOn("failover-ip").isEmpty());
        awaitGroupOn("ast1");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("ast2 and ast3 were waited for")
                .isGreaterThanOrEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void autoFailbackOnReturnsTheGroupToItsHomeNode() throws Exception {
        XmlElement failback = seedWithStickiness("0"); // haresources with auto_failback on: stickiness 0
        cluster.start("ast1", failback);
        cluster.start("ast2", failback);
        awaitGroupOn("ast1");
        assertThat(cluster.stop("ast1", Duration.ofSeconds(20))).isTrue();
        awaitGroupOn("ast2");

        cluster.start("ast1", failback);
        awaitGroupOn("ast1");
    }

    @Test
    void autoFailbackOffLeavesTheGroupOnTheSurvivor() throws Exception {
        XmlElement sticky = seedWithStickiness("INFINITY"); // auto_failback off
        cluster.start("ast1", sticky);
        cluster.start("ast2", sticky);
        awaitGroupOn("ast1");
        assertThat(cluster.stop("ast1", Duration.ofSeconds(20))).isTrue();
        awaitGroupOn("ast2");

        cluster.start("ast1", sticky);
        await().atMost(timing.seconds(5)).until(() -> cluster.node("ast2").controller().snapshot().cib().status()
                .stream().anyMatch(s -> s.uname().equals("ast1") && s.isOnline()));
        await().during(timing.seconds(2)).atMost(timing.seconds(4)).until(() ->
                cluster.runningOn("failover-asterisk").equals(List.of("ast2")));
    }

    @Test
    void aCoordinatorKilledMidTransitionIsReplacedWithoutStartingAnythingTwice() throws Exception {
        cluster.start("ast1");
        cluster.start("ast2");
        awaitGroupOn("ast1");
        Path hold = Path.of(cluster.stateFile("ast2", "failover-ip") + ".hold");
        Files.createFile(hold);
        assertThat(change("ast2", "node-standby", Map.of("node", "ast1")).ok()).isTrue();
        // ast1 (the DC) has stopped the group and asked ast2 to start it; the start is held on ast2.
        await().atMost(timing.seconds(10)).until(() -> cluster.runningOn("failover-ip").isEmpty()
                && cluster.runningOn("failover-asterisk").isEmpty());

        cluster.crash("ast1");
        await().atMost(timing.seconds(5)).until(() -> cluster.node("ast2").membership().isDc());
        Files.delete(hold);
        awaitGroupOn("ast2");
        await().during(timing.seconds(2)).atMost(timing.seconds(4)).until(() -> starts("ast2", "failover-ip") == 1);
        assertThat(starts("ast2", "failover-asterisk")).isEqualTo(1);
    }

    @Test
    void aServiceFoundRunningOnBothNodesEndsOnOne() throws Exception {
        Files.createDirectories(cluster.stateFile("ast1", "failover-ip").getParent());
        Files.createDirectories(cluster.stateFile("ast2", "failover-ip").getParent());
        Files.createFile(cluster.stateFile("ast1", "failover-ip"));
        Files.createFile(cluster.stateFile("ast2", "failover-ip"));
        cluster.start("ast1");
        cluster.start("ast2");
        awaitGroupOn("ast1");
        watcher.forgetSoFar(); // the two copies were made by the test, before the cluster started
        await().during(timing.seconds(2)).atMost(timing.seconds(4)).until(() ->
                cluster.runningOn("failover-ip").equals(List.of("ast1")));
    }

    @Test
    void withStonithEnabledAndNoFencingAVanishedNodesGroupIsNotStartedElsewhere() throws Exception {
        cluster.start("ast1");
        ControllerCluster.Node ast2 = cluster.start("ast2");
        awaitGroupOn("ast1");
        assertThat(change("ast2", "property-set", Map.of("name", "stonith-enabled", "value", "true")).ok())
                .isTrue();

        cluster.crash("ast1");
        await().atMost(timing.seconds(5)).until(() -> ast2.controller().snapshot().notes().get("fencing_refused")
                instanceof List<?> refused && refused.contains("ast1"));
        await().during(timing.seconds(2)).atMost(timing.seconds(3)).until(() ->
                cluster.runningOn("failover-ip").isEmpty());

        assertThat(change("ast2", "property-set", Map.of("name", "stonith-enabled", "value", "false")).ok())
                .isTrue();
        awaitGroupOn("ast2");
    }
}
