package io.hactl.controller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hactl.scheduler.ObservedResource;
import io.hactl.scheduler.ObservedState;
import io.hactl.testing.TestTiming;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The seed's three acceptance scenarios on two real controllers in one JVM, with the group of a VIP and a service.
 * Where each resource runs is read from the agents' own state files, and a watcher asserts throughout that no
 * resource ever runs on two nodes at once.
 */
class SeedScenariosIT {
    private final TestTiming timing = TestTiming.fromSystemProperties();
    /** Under target/, not @TempDir: an agent still finishing when the test ends may write after cleanup began. */
    private Path scratch;
    private ControllerCluster cluster;
    private DoubleRunWatcher watcher;

    @BeforeEach
    void startCluster() throws Exception {
        scratch = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "controller-");
        cluster = new ControllerCluster(scratch, "/controller/seed-cib.xml");
        watcher = DoubleRunWatcher.start(cluster, List.of("failover-ip", "failover-asterisk"));
    }

    @AfterEach
    void stopCluster() {
        watcher.close();
        cluster.close();
        assertThat(watcher.violations()).as("a resource ran on two nodes at once").isEmpty();
    }

    private void awaitGroupOn(String node) {
        await().atMost(timing.seconds(15)).until(() -> cluster.runningOn("failover-ip").equals(List.of(node))
                && cluster.runningOn("failover-asterisk").equals(List.of(node)));
    }

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

    /** Polls the agents' state files and records any moment a resource runs on two nodes. */
    static final class DoubleRunWatcher implements AutoCloseable {
        private final AtomicReference<List<String>> violations = new AtomicReference<>(List.of());
        private final Thread thread;
        private volatile boolean running = true;

        private DoubleRunWatcher(ControllerCluster cluster, List<String> resources) {
            thread = new Thread(() -> {
                while (running) {
                    for (String resource : resources) {
                        List<String> on = cluster.runningOn(resource);
                        if (on.size() > 1) {
                            violations.updateAndGet(v -> {
                                List<String> next = new java.util.ArrayList<>(v);
                                next.add(resource + " on " + on);
                                return next;
                            });
                        }
                    }
                    java.util.concurrent.locks.LockSupport.parkNanos(5_000_000);
                }
            }, "double-run-watcher");
            thread.setDaemon(true);
        }

        static DoubleRunWatcher start(ControllerCluster cluster, List<String> resources) {
            DoubleRunWatcher w = new DoubleRunWatcher(cluster, resources);
            w.thread.start();
            return w;
        }

        List<String> violations() {
            return violations.get();
        }

        @Override
        public void close() {
            running = false;
        }
    }
}
