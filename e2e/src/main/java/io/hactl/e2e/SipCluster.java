package io.hactl.e2e;

import io.hactl.lab.CommandResult;
import io.hactl.lab.Host;
import io.hactl.lab.LabProcess;
import io.hactl.lab.NetworkLab;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The seed's SIP cluster on real hosts: a {@link NetworkLab} (a bridge, node namespaces ast1…astN, a client), one
 * real {@code hactld} per node started from this tree's {@code bin/hactld} with its own configuration and state
 * directories, and the group of a VIP ({@code ocf:hactl:IPaddr2}) and kamailio ({@code ocf:hactl:kamailio}).
 *
 * <p>Each node also gets what a real host has to itself: a private {@code /run} (a tmpfs mounted in hactld's
 * mount namespace, inherited by every agent and kamailio) and its own {@code /etc/kamailio} (through
 * {@code /etc/netns/NAMESPACE/kamailio}, which {@code ip netns exec} mounts over {@code /etc/kamailio}). So the CIB
 * is the same file on every node and uses the agents' default paths, as on real machines.
 *
 * <p>Faults act as they would on real hosts: {@link #loseNode} pulls the node's cable and freezes every process in
 * it; {@link #crashHactld} SIGKILLs hactld alone, leaving what its agents started (as {@code KillMode=process} in
 * hactld.service does); {@link #killService} and {@link #hangService} SIGKILL or SIGSTOP every kamailio process.
 * {@link #close()} kills everything and deletes every namespace and /etc/netns entry it made.
 */
public final class SipCluster implements AutoCloseable {

    private static final Path ETC_NETNS = Path.of("/etc/netns");

    private final ClusterSpec spec;
    private final NetworkLab lab;
    private final HactlHome home;
    private final Path configRoot;
    private final String vip = NetworkLab.address(100);
    private final LabProcess[] daemons;
    private final Path[] configDirs;
    private final java.util.Set<Integer> lost = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private SipCluster(ClusterSpec spec, NetworkLab lab, HactlHome home, Path configRoot) {
        this.spec = spec;
        this.lab = lab;
        this.home = home;
        this.configRoot = configRoot;
        this.daemons = new LabProcess[spec.nodes() + 1];
        this.configDirs = new Path[spec.nodes() + 1];
    }

    /** Whether this machine can run the lab: root, ip netns, kamailio, sipsak, tcpdump and arping. */
    public static boolean available() {
        return NetworkLab.available() && Stream.of("/usr/sbin/kamailio", "/usr/bin/sipsak", "/usr/bin/tcpdump",
                "/usr/sbin/arping").allMatch(p -> Files.isExecutable(Path.of(p)));
    }

    /** Builds the hosts and writes every node's configuration under {@code logs/config}; starts nothing. */
    public static SipCluster create(ClusterSpec spec, Path logs) {
        sweepStaleEtcNetns();
        HactlHome home = HactlHome.find();
        NetworkLab lab = NetworkLab.create(spec.nodes(), logs);
        SipCluster cluster = new SipCluster(spec, lab, home, logs.resolve("config"));
        try {
            cluster.writeConfiguration();
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    private void writeConfiguration() {
        ClusterFiles files = ClusterFiles.sip(spec, vip, home.ocfRoot());
        String prefix = NetworkLab.address(1).substring(0, NetworkLab.address(1).lastIndexOf('.') + 1);
        for (int n = 1; n <= spec.nodes(); n++) {
            configDirs[n] = files.write(configRoot, n, prefix);
            copyTree(configDirs[n].resolve("kamailio"), etcNetns(node(n)).resolve("kamailio"));
        }
    }

    public ClusterSpec spec() {
        return spec;
    }

    public NetworkLab lab() {
        return lab;
    }

    public String vip() {
        return vip;
    }

    public Host node(int n) {
        return lab.node(n);
    }

    public Path configDir(int n) {
        return configDirs[n];
    }

    public Path controlSocket(int n) {
        return configDirs[n].resolve("hactld.sock");
    }

    /** Starts hactld on every node, all at once, as a cluster booting. */
    public void startAll() {
        IntStream.rangeClosed(1, spec.nodes()).forEach(this::start);
    }

    /** Starts (or restarts) hactld on node {@code n}. */
    public void start(int n) {
        Path dir = configDirs[n];
        Path run = dir.resolve("run");
        try {
            Files.createDirectories(run);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + run, e);
        }
        List<String> command = new ArrayList<>(List.of("sh", "-c",
                // The host's own /run (the agents' pid files, HA_RSCTMP), the same one after a restart of hactld.
                "mount --bind \"$0\" /run && exec \"$@\"", run.toString(),
                home.hactld().toString(), "--config-dir", dir.toString(), "--node-name", ClusterSpec.nodeName(n),
                "--control-socket", controlSocket(n).toString(), "--state-dir", dir.resolve("state").toString(),
                "--ocf-root", home.ocfRoot().toString(), "--heartbeat-dir", dir.resolve("resource.d").toString()));
        daemons[n] = lab.start(node(n), "hactld-" + ClusterSpec.nodeName(n), command,
                Map.of("HA_RSCTMP", "/run/resource-agents"), line -> { });
    }

    public LabProcess daemon(int n) {
        return daemons[n];
    }

    /** Hard node loss: the node's cable is pulled and every process on it frozen, as if it lost power. */
    public void loseNode(int n) {
        lab.linkDown(node(n));
        signalAll(n, "STOP");
        lost.add(n);
    }

    /** The lost node comes back with everything it ran (a frozen VM resumed, a cable plugged back). */
    public void restoreNode(int n) {
        signalAll(n, "CONT");
        lab.linkUp(node(n));
        lost.remove(n);
    }

    /**
     * The lost node is rebooted: everything on it is gone (its processes killed, its /run emptied, the VIP
     * IPaddr2 had added no longer on its interface), its cable is back, and hactld starts afresh.
     */
    public void rebootNode(int n) {
        signalAll(n, "KILL");
        Waiting.until(() -> namespacePids(n).isEmpty(), Duration.ofSeconds(10));
        lab.exec(node(n), "ip", "addr", "del", vip + "/" + NetworkLab.prefixLength(), "dev", Host.INTERFACE);
        deleteTree(configDirs[n].resolve("run"));
        lab.linkUp(node(n));
        lost.remove(n);
        start(n);
    }

    /** hactld dies (SIGKILL) and nothing else: kamailio and the VIP it managed stay, as under systemd. */
    public void crashHactld(int n) {
        daemons[n].signal(LabProcess.Signal.KILL);
        daemons[n].awaitExit(Duration.ofSeconds(5));
    }

    /** kamailio crashes: SIGKILL to its main process and every worker at once. */
    public void killService(int n) {
        kamailioPids(n).forEach(pid -> lab.exec(node(n), "kill", "-s", "KILL", pid));
    }

    /** kamailio hangs: SIGSTOP to every kamailio process; requests queue unanswered (the seed's saturation test). */
    public void hangService(int n) {
        kamailioPids(n).forEach(pid -> lab.exec(node(n), "kill", "-s", "STOP", pid));
    }

    /** Runs {@code hactl ARGS --socket SOCKET} against node {@code n}'s hactld. */
    public CommandResult hactl(int n, String... args) {
        List<String> command = new ArrayList<>();
        command.add(home.hactl().toString());
        command.addAll(Arrays.asList(args));
        command.add("--socket=" + controlSocket(n));
        return lab.exec(node(n), command.toArray(String[]::new));
    }

    /** Whether node {@code n} is lost ({@link #loseNode}) and not restored yet. */
    public boolean isLost(int n) {
        return lost.contains(n);
    }

    /** The nodes up (not lost) that hold the VIP now, by their addresses (more than one is a split brain). */
    public List<Integer> vipHolders() {
        return IntStream.rangeClosed(1, spec.nodes()).filter(n -> !lost.contains(n))
                .filter(n -> lab.exec(node(n), "ip", "-o", "-4", "addr", "show", "dev", Host.INTERFACE).output()
                        .contains(" " + vip + "/"))
                .boxed().toList();
    }

    /** The nodes up (not lost) with kamailio processes (not zombies). */
    public List<Integer> kamailioNodes() {
        return IntStream.rangeClosed(1, spec.nodes()).filter(n -> !lost.contains(n))
                .filter(n -> !kamailioPids(n).isEmpty()).boxed().toList();
    }

    /**
     * Whether no node is still announcing the VIP (IPaddr2 sends its gratuitous ARPs in the background for a
     * second after a start): a fault injected earlier would let a frozen or orphaned announcer pull callers back.
     */
    public boolean announcementsDone() {
        return IntStream.rangeClosed(1, spec.nodes()).allMatch(n -> processes(n, "arping").isEmpty());
    }

    private List<String> kamailioPids(int n) {
        return processes(n, "kamailio");
    }

    /** Live processes (not zombies) named {@code command} in node {@code n}'s namespace. */
    private List<String> processes(int n, String command) {
        return namespacePids(n).stream().filter(pid -> {
            try {
                String stat = Files.readString(Path.of("/proc", pid, "stat"));
                String comm = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                char state = stat.charAt(stat.lastIndexOf(')') + 2);
                return comm.equals(command) && state != 'Z' && state != 'X';
            } catch (IOException | StringIndexOutOfBoundsException e) {
                return false; // gone meanwhile
            }
        }).toList();
    }

    private List<String> namespacePids(int n) {
        return lab.exec(node(n), "ip", "netns", "pids", node(n).namespace()).output().lines()
                .filter(l -> l.matches("\\d+")).toList();
    }

    private void signalAll(int n, String signal) {
        List<String> pids = namespacePids(n);
        if (!pids.isEmpty()) {
            List<String> command = new ArrayList<>(List.of("kill", "-s", signal));
            command.addAll(pids);
            lab.exec(node(n), command.toArray(String[]::new));
        }
    }

    /** The first line hactld on node {@code n} logged at or after {@code since} that contains {@code text}. */
    public boolean logged(int n, Instant since, String text) {
        return daemons[n] != null && daemons[n].first(since, l -> l.contains(text)).isPresent();
    }

    @Override
    public void close() {
        lab.close();
        for (int n = 1; n <= spec.nodes(); n++) {
            deleteTree(etcNetns(node(n)));
        }
    }

    private static Path etcNetns(Host host) {
        return ETC_NETNS.resolve(host.namespace());
    }

    /** /etc/netns entries of labs whose namespace is gone (a run that was SIGKILLed). */
    private static void sweepStaleEtcNetns() {
        if (!Files.isDirectory(ETC_NETNS)) {
            return;
        }
        try (Stream<Path> entries = Files.list(ETC_NETNS)) {
            entries.filter(p -> p.getFileName().toString().startsWith("hlab-"))
                    .filter(p -> !Files.exists(Path.of("/run/netns").resolve(p.getFileName())))
                    .forEach(SipCluster::deleteTree);
        } catch (IOException e) {
            // nothing to sweep
        }
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + from + " to " + to, e);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // left for the next run's sweep
        }
    }
}
