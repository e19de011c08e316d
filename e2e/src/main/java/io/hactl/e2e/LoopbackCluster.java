package io.hactl.e2e;

import io.hactl.lab.CommandResult;
import io.hactl.lab.Commands;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * The demo's cluster when namespaces are out of reach (not root, or no kamailio): three real hactld processes on
 * this machine's loopback, node N heartbeating from 127.0.0.N ({@code hactld --bind}) on the unprivileged port
 * 10694, running the seed's group as two {@code ocf:hactl:Dummy} resources (a state file each in the node's own
 * HA_RSCTMP). Losing a node freezes its hactld (SIGSTOP); crashing the service deletes a state file.
 */
final class LoopbackCluster implements DemoCluster {

    private final ClusterSpec spec;
    private final HactlHome home;
    private final Path root;
    private final Path[] configDirs;
    private final Process[] daemons;
    private final Set<Integer> lost = ConcurrentHashMap.newKeySet();

    private LoopbackCluster(ClusterSpec spec, HactlHome home, Path root) {
        this.spec = spec;
        this.home = home;
        this.root = root;
        this.configDirs = new Path[spec.nodes() + 1];
        this.daemons = new Process[spec.nodes() + 1];
    }

    static LoopbackCluster create(ClusterSpec spec, Path root) {
        LoopbackCluster cluster = new LoopbackCluster(spec, HactlHome.find(), root);
        ClusterFiles files = ClusterFiles.loopback(spec, cluster.home.ocfRoot());
        for (int n = 1; n <= spec.nodes(); n++) {
            cluster.configDirs[n] = files.write(root.resolve("config"), n, "127.0.0.");
        }
        return cluster;
    }

    @Override
    public String describe() {
        return spec.nodes() + " hactld processes on this machine's loopback (127.0.0.1-" + spec.nodes()
                + "), running the group " + ClusterSpec.GROUP + " of two Dummy resources";
    }

    @Override
    public int nodes() {
        return spec.nodes();
    }

    @Override
    public void startAll() {
        IntStream.rangeClosed(1, spec.nodes()).forEach(this::start);
    }

    private void start(int n) {
        Path dir = configDirs[n];
        List<String> command = List.of(home.hactld().toString(), "--config-dir", dir.toString(),
                "--node-name", ClusterSpec.nodeName(n), "--bind", "127.0.0." + n,
                "--control-socket", controlSocket(n).toString(), "--state-dir", dir.resolve("state").toString(),
                "--ocf-root", home.ocfRoot().toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(root.resolve("hactld-" + ClusterSpec.nodeName(n) + ".log").toFile());
        builder.environment().put("HA_RSCTMP", scratch(n).toString());
        try {
            Files.createDirectories(scratch(n));
            daemons[n] = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start hactld for " + ClusterSpec.nodeName(n), e);
        }
    }

    private Path scratch(int n) {
        return configDirs[n].resolve("rsctmp");
    }

    private boolean runsGroup(int n) {
        return !lost.contains(n) && Files.exists(state(n, ClusterSpec.VIP_RESOURCE))
                && Files.exists(state(n, ClusterSpec.SIP_RESOURCE));
    }

    private Path state(int n, String resource) {
        return scratch(n).resolve("hactl-Dummy-" + resource + ".state");
    }

    @Override
    public Optional<String> serving() {
        return IntStream.rangeClosed(1, spec.nodes()).filter(this::runsGroup).mapToObj(ClusterSpec::nodeName)
                .findFirst();
    }

    @Override
    public Optional<Duration> outageAround(Instant fault) {
        return Optional.empty();
    }

    @Override
    public boolean settled() {
        return true;
    }

    @Override
    public void loseNode(int n) {
        signal(n, "STOP");
        lost.add(n);
    }

    @Override
    public void restoreNode(int n) {
        signal(n, "CONT");
        lost.remove(n);
    }

    @Override
    public boolean isLost(int n) {
        return lost.contains(n);
    }

    @Override
    public void crashService(int n) {
        try {
            Files.deleteIfExists(state(n, ClusterSpec.SIP_RESOURCE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void signal(int n, String signal) {
        run(List.of("kill", "-s", signal, Long.toString(daemons[n].pid())));
    }

    @Override
    public CommandResult hactl(int n, String... args) {
        List<String> command = new ArrayList<>();
        command.add(home.hactl().toString());
        command.addAll(Arrays.asList(args));
        command.add("--socket=" + controlSocket(n));
        return run(command);
    }

    /** hactl and kill answer at once; 30 s means the machine is stuck. */
    private static CommandResult run(List<String> command) {
        return Commands.run(command, Duration.ofSeconds(30));
    }

    @Override
    public Path controlSocket(int n) {
        return configDirs[n].resolve("hactld.sock");
    }

    @Override
    public void close() {
        for (int n = 1; n <= spec.nodes(); n++) {
            Process p = daemons[n];
            if (p != null) {
                signal(n, "CONT");
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
            }
        }
    }
}
