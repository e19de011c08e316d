package io.hactl.bench;

import io.hactl.testing.HactldProcess;
import io.hactl.testing.NetnsLab;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** A namespace lab with one hactld per host and helpers to wait on their logs. */
final class Lab implements AutoCloseable {
    final NetnsLab netns;
    final Path root;
    final Path launcher;
    final List<String> timings;
    final HactldProcess[] nodes;

    Lab(int size, Path root, Path launcher, List<String> timings) throws IOException {
        this.netns = NetnsLab.create(size);
        this.root = root;
        this.launcher = launcher;
        this.timings = timings;
        this.nodes = new HactldProcess[size + 1];
    }

    HactldProcess start(int node) throws IOException {
        Path dir = netns.writeConfig(root, node, "bench-secret", timings);
        nodes[node] = netns.start(node, dir, launcher, root.resolve("ast" + node + "-" + System.nanoTime() + ".log"));
        return nodes[node];
    }

    /**
     * Starts every node, the first alone so it is the dc, then the others one at a time, each once the previous
     * one is in node 1's view: 32 JVMs starting at once on two cores would starve each other's heartbeats.
     */
    void startAll(Duration timeout) throws Exception {
        start(1);
        waitFor(() -> nodes[1].logged(l -> l.contains("hactld running")), timeout, "ast1 running");
        for (int i = 2; i <= netns.nodes(); i++) {
            int size = i;
            start(i);
            waitFor(() -> viewSize(1) >= size, timeout, "ast" + i + " in ast1's view");
        }
        waitFor(() -> viewSize(1) == netns.nodes(), timeout, "all nodes in ast1's view");
    }

    /** Members in the last view node logged. */
    int viewSize(int node) {
        List<HactldProcess.Line> lines = nodes[node].lines();
        for (int i = lines.size() - 1; i >= 0; i--) {
            String text = lines.get(i).text();
            if (text.contains("membership view") || text.contains("partition healed")) {
                return io.hactl.testing.LogLines.members(text).size();
            }
        }
        return 0;
    }

    Optional<HactldProcess.Line> firstSince(int node, long sinceNanos, Predicate<String> test) {
        return nodes[node].first(sinceNanos, test);
    }

    static void waitFor(java.util.function.BooleanSupplier condition, Duration timeout, String what) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out waiting for " + what);
            }
            Thread.sleep(5);
        }
    }

    @Override
    public void close() {
        netns.close();
    }
}
