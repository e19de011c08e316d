package io.hactl.lab;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Network namespaces as real hosts (we run as root): node hosts ({@code ast1}, {@code ast2}…) and a {@code client},
 * each with an {@code eth0} whose veth peer sits on a bridge in a namespace of its own, all on one IPv4 /24
 * ({@value #SUBNET}.0/24: nodes at .1, .2…, the client at .{@value #CLIENT_HOST_PART}; pick VIPs with
 * {@link #address(int)}, e.g. .100). No traffic leaves these namespaces: none of them has a route or a link to the
 * machine's own network.
 *
 * <p>Names are {@code hlab-PID-RANDOM-ROLE}, so parallel runs never collide and a later run can sweep what a dead one
 * left ({@link StaleNamespaces}, run by {@link #create}). {@link #close()} kills the processes started here (by their
 * process group, never by name) and deletes every namespace, also after a failed build or test.
 */
public final class NetworkLab implements AutoCloseable {

    static final String SUBNET = "10.250.0";
    static final int PREFIX_LENGTH = 24;
    static final int CLIENT_HOST_PART = 200;

    private final String id;
    private final String bridgeNamespace;
    private final Map<String, Host> hosts = new LinkedHashMap<>();
    private final List<String> namespaces = new ArrayList<>();
    private final List<LabProcess> processes = Collections.synchronizedList(new ArrayList<>());
    private final Path logDir;
    /** Tears the lab down on Ctrl-C or SIGTERM too; a SIGKILLed run is left to the next run's sweep. */
    private final Thread shutdownHook = new Thread(this::tearDown, "network-lab-teardown");

    private NetworkLab(Path logDir) {
        this.id = StaleNamespaces.PREFIX + ProcessHandle.current().pid() + "-"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100000, 0xffffff));
        this.bridgeNamespace = id + "-bridge";
        this.logDir = logDir;
    }

    /** Whether this machine can build a lab: root, and the ip tool works. */
    public static boolean available() {
        try {
            return "root".equals(System.getProperty("user.name"))
                    && Commands.run(List.of("ip", "netns", "list")).succeeded();
        } catch (LabException e) {
            return false;
        }
    }

    /** Hosts ast1…astN and a client; process logs go to {@code logDir}. */
    public static NetworkLab create(int nodes, Path logDir) {
        return create(IntStream.rangeClosed(1, nodes).mapToObj(i -> "ast" + i).toList(), logDir);
    }

    /** One node host per name (at .1, .2… in that order) and a client. */
    public static NetworkLab create(List<String> nodeNames, Path logDir) {
        StaleNamespaces.olderThanARun().sweep();
        NetworkLab lab = new NetworkLab(logDir);
        Runtime.getRuntime().addShutdownHook(lab.shutdownHook);
        try {
            lab.addNamespace(lab.bridgeNamespace);
            lab.ip(lab.bridgeNamespace, "link", "add", "br0", "type", "bridge");
            lab.ip(lab.bridgeNamespace, "link", "set", "br0", "up");
            for (int i = 0; i < nodeNames.size(); i++) {
                lab.addHost(nodeNames.get(i), address(i + 1));
            }
            lab.addHost("client", address(CLIENT_HOST_PART));
        } catch (RuntimeException e) {
            lab.close();
            throw e;
        }
        return lab;
    }

    private void addHost(String name, String address) {
        Host host = new Host(name, id + "-" + name, address, "v" + name);
        addNamespace(host.namespace());
        ip(host.namespace(), "link", "set", "lo", "up");
        ip(host.namespace(), "link", "add", Host.INTERFACE, "type", "veth",
                "peer", "name", host.bridgePort(), "netns", bridgeNamespace);
        ip(bridgeNamespace, "link", "set", host.bridgePort(), "master", "br0", "up");
        ip(host.namespace(), "addr", "add", address + "/" + PREFIX_LENGTH, "dev", Host.INTERFACE);
        ip(host.namespace(), "link", "set", Host.INTERFACE, "up");
        hosts.put(name, host);
    }

    private void addNamespace(String namespace) {
        Commands.run(List.of("ip", "netns", "add", namespace)).orThrow();
        namespaces.add(namespace);
    }

    /** The address with this host part on the lab's /24 ({@code address(100)} is a good VIP). */
    public static String address(int hostPart) {
        if (hostPart < 1 || hostPart > 254) {
            throw new IllegalArgumentException("host part " + hostPart + " is not in 1..254");
        }
        return SUBNET + "." + hostPart;
    }

    public static int prefixLength() {
        return PREFIX_LENGTH;
    }

    /** The n-th node host, from 1. */
    public Host node(int n) {
        return nodes().get(n - 1);
    }

    public Host host(String name) {
        return Optional.ofNullable(hosts.get(name)).orElseThrow(() -> new IllegalArgumentException("no host " + name));
    }

    public List<Host> nodes() {
        return hosts.values().stream().filter(h -> !h.name().equals("client")).toList();
    }

    public Host client() {
        return host("client");
    }

    public Path logDir() {
        return logDir;
    }

    /** Runs a short command inside {@code host} and returns how it ended (it does not throw on a non-zero exit). */
    public CommandResult exec(Host host, String... command) {
        List<String> full = new ArrayList<>(List.of("ip", "netns", "exec", host.namespace()));
        full.addAll(List.of(command));
        return Commands.run(full);
    }

    /** Starts a long-running process inside {@code host}; its output goes to {@code logDir/NAME-PID.log}. */
    public LabProcess start(Host host, String name, List<String> command) {
        return start(host, name, command, line -> { });
    }

    /** As {@link #start(Host, String, List)}, with every output line also given to {@code listener}. */
    public LabProcess start(Host host, String name, List<String> command, Consumer<String> listener) {
        return start(host, name, command, Map.of(), listener);
    }

    /** As {@link #start(Host, String, List, Consumer)}, with variables added to the process's environment. */
    public LabProcess start(Host host, String name, List<String> command, Map<String, String> environment,
                            Consumer<String> listener) {
        Path log = logDir.resolve(name + "-" + System.nanoTime() + ".log");
        LabProcess p = LabProcess.start(name, host.namespace(), command, environment, log, listener);
        processes.add(p);
        return p;
    }

    /** Kills {@code process}'s group now rather than at {@link #close()}. */
    public void stop(LabProcess process) {
        process.destroy();
        processes.remove(process);
    }

    public void addAddress(Host host, String address) {
        ip(host.namespace(), "addr", "add", address + "/" + PREFIX_LENGTH, "dev", Host.INTERFACE);
    }

    public void deleteAddress(Host host, String address) {
        ip(host.namespace(), "addr", "del", address + "/" + PREFIX_LENGTH, "dev", Host.INTERFACE);
    }

    /**
     * Announces that {@code address} is now at {@code host}'s MAC: {@code count} gratuitous ARP requests (Debian's
     * arping 2.x: {@code -U} unsolicited, sender and target both {@code address}), {@code interval} apart. Like
     * IPaddr2's send_arp it runs in the background: the first one leaves at once, the caller does not wait for the
     * rest; each waits {@code interval} after it for replies that never come (with {@code -w 0} only the first would
     * leave). (In this arping {@code -A} means something else entirely: "only count matching replies".)
     */
    public LabProcess announce(Host host, String address, int count, Duration interval) {
        List<String> command = new ArrayList<>(List.of("arping", "-q", "-U", "-c", Integer.toString(count),
                "-W", String.format(java.util.Locale.ROOT, "%.3f", interval.toNanos() / 1e9)));
        if (count == 1) {
            command.addAll(List.of("-w", "0")); // no reply comes to an announcement: do not wait a second for one
        }
        command.addAll(List.of("-i", Host.INTERFACE, "-S", address, address));
        return start(host, "arping-" + host.name(), command);
    }

    /** {@code host}'s MAC on the lab network, lower case. */
    public String mac(Host host) {
        String out = exec(host, "cat", "/sys/class/net/" + Host.INTERFACE + "/address").orThrow().output();
        return out.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** The MAC {@code host} would send to for {@code address} now (its neighbour table), if it has one. */
    public Optional<String> neighbour(Host host, String address) {
        String out = Commands.run(List.of("ip", "-n", host.namespace(), "neigh", "show", address, "dev", Host.INTERFACE))
                .orThrow().output();
        return out.lines()
                .map(line -> line.split("\\s+"))
                .flatMap(words -> IntStream.range(0, words.length - 1)
                        .filter(i -> words[i].equals("lladdr")).mapToObj(i -> words[i + 1]))
                .findFirst()
                .map(mac -> mac.toLowerCase(java.util.Locale.ROOT));
    }

    /** Pulls {@code host}'s cable: its bridge port goes down, its own eth0 stays up (as a switch port failure). */
    public void linkDown(Host host) {
        ip(bridgeNamespace, "link", "set", host.bridgePort(), "down");
    }

    public void linkUp(Host host) {
        ip(bridgeNamespace, "link", "set", host.bridgePort(), "up");
    }

    /** Every namespace of this lab, bridge first. */
    public List<String> namespaces() {
        return List.copyOf(namespaces);
    }

    private void ip(String namespace, String... args) {
        List<String> command = new ArrayList<>(List.of("ip", "-n", namespace));
        command.addAll(List.of(args));
        Commands.run(command).orThrow();
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook is running or about to
        }
        tearDown();
    }

    private synchronized void tearDown() {
        List<LabProcess> started;
        synchronized (processes) {
            started = new ArrayList<>(processes);
            processes.clear();
        }
        started.forEach(LabProcess::destroy);
        for (int i = namespaces.size() - 1; i >= 0; i--) {
            String ns = namespaces.get(i);
            // Anything still inside was started through this lab (a child a process left behind): kill it by pid,
            // or the namespace would live on in it after the delete.
            Commands.run(List.of("ip", "netns", "pids", ns)).output().lines()
                    .filter(pid -> pid.matches("\\d+"))
                    .forEach(pid -> Commands.run(List.of("kill", "-s", "KILL", pid)));
            Commands.run(List.of("ip", "netns", "del", ns));
        }
        namespaces.clear();
    }
}
