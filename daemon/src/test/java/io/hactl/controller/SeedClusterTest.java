package io.hactl.controller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hactl.testing.TestTiming;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Two-node clusters of real controllers in one JVM running the seed's asterisk-group with test agents. A watcher
 * asserts throughout each test that no resource ever runs on two nodes at once, read from the agents' own state.
 */
abstract class SeedClusterTest {
    final TestTiming timing = TestTiming.fromSystemProperties();
    /** Under target/, not @TempDir: an agent still finishing when the test ends may write after cleanup began. */
    Path scratch;
    ControllerCluster cluster;
    DoubleRunWatcher watcher;

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

    void awaitGroupOn(String node) {
        await().atMost(timing.seconds(15)).until(() -> cluster.runningOn("failover-ip").equals(List.of(node))
                && cluster.runningOn("failover-asterisk").equals(List.of(node)));
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

        /** For a test that starts from two running copies on purpose: what came before does not count. */
        void forgetSoFar() {
            violations.set(List.of());
        }

        @Override
        public void close() {
            running = false;
        }
    }
}
