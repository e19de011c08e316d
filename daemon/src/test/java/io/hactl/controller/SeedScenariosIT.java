package io.hactl.controller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hactl.scheduler.ObservedResource;
import io.hactl.scheduler.ObservedState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The seed's three acceptance scenarios on two real controllers in one JVM, with the group of a VIP and a service.
 * Where each resource runs is read from the agents' own state files, and a watcher asserts throughout that no
 * resource ever runs on two nodes at once.
 */
class SeedScenariosIT extends SeedClusterTest {
    private int failCount(ControllerCluster.Node seenFrom, String resource, String node) {
        Controller.Snapshot s = seenFrom.controller().snapshot();
        return ObservedState.read(s.cib(), Instant.now()).stream().filter(r -> r.id().equals(resource))
                .map(ObservedResource::failCounts).map(c -> c.getOrDefault(node, 0)).findFirst().orElse(0);
    }

    @Test
    void groupStartsOnceOnThePreferredNodeAndMovesWhenItDies() throws Exception {
        ControllerCluster.Node ast1 = cluster.start("ast1");
        cluster.start("ast2");
        awaitGroupOn("ast1");

        cluster.crash("ast1");
        awaitGroupOn("ast2");
        // the dead node's agents still have their state: the test cleans it as a reboot would
        Files.deleteIfExists(cluster.stateFile("ast1", "failover-ip"));
        Files.deleteIfExists(cluster.stateFile("ast1", "failover-asterisk"));
        await().atMost(timing.seconds(5)).until(() -> cluster.node("ast2").controller().snapshot().notes()
                .get("last_failover") instanceof Map<?, ?> failover
                && String.valueOf(failover.get("reason")).startsWith("node ast1 dead"));
        assertThat(ast1).isNotNull();
    }

    @Test
    void serviceStoppedTwiceWithThresholdTwoRestartsInPlaceThenMoves() throws Exception {
        cluster.start("ast1");
        ControllerCluster.Node ast2 = cluster.start("ast2");
        awaitGroupOn("ast1");

        Files.delete(cluster.stateFile("ast1", "failover-asterisk"));
        await().atMost(timing.seconds(10)).until(() -> failCount(ast2, "failover-asterisk", "ast1") == 1
                && cluster.runs("ast1", "failover-asterisk"));
        assertThat(cluster.runningOn("failover-ip")).containsExactly("ast1");

        Files.delete(cluster.stateFile("ast1", "failover-asterisk"));
        awaitGroupOn("ast2");
        await().atMost(timing.seconds(5)).until(() -> failCount(ast2, "failover-asterisk", "ast1") == 2);
    }

    @Test
    void hungMonitorTimesOutAndTheGroupMoves() throws Exception {
        cluster.start("ast1");
        ControllerCluster.Node ast2 = cluster.start("ast2");
        awaitGroupOn("ast1");

        Path hang = Path.of(cluster.stateFile("ast1", "failover-asterisk") + ".hang");
        Files.createFile(hang);
        await().atMost(timing.seconds(15)).until(() -> failCount(ast2, "failover-asterisk", "ast1") >= 1);
        Files.delete(hang); // the stop must be able to run
        await().atMost(timing.seconds(15)).until(() -> cluster.runningOn("failover-asterisk").equals(List.of("ast1"))
                || cluster.runningOn("failover-asterisk").equals(List.of("ast2")));
    }
}
