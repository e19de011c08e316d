package io.hactl.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Network namespaces for multi-process cluster tests (we run as root): one namespace per node "host", each with an
 * {@code eth0} veth whose peer sits on a bridge in a namespace of its own. All traffic stays inside; names carry a
 * random id so parallel runs never collide; {@link #close()} kills the processes started here and deletes every
 * namespace, also after a failure.
 */
public final class NetnsLab implements AutoCloseable {

    private final String id = Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100000, 0xffffff));
    private final String bridge = "hl" + id + "br";
    private final List<String> namespaces = new ArrayList<>();
    private final List<HactldProcess> processes = new ArrayList<>();
    private final int nodes;

    private NetnsLab(int nodes) {
        this.nodes = nodes;
    }

    /** Whether this machine can build namespaces (root and the ip tool). */
    public static boolean available() {
        try {
            Process p = new ProcessBuilder("ip", "netns", "list").redirectErrorStream(true).start();
            return p.waitFor(5, TimeUnit.SECONDS) && p.exitValue() == 0 && "root".equals(System.getProperty("user.name"));
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** Builds {@code nodes} hosts ast1…astN on one bridge, at 10.250.0.1…N/24. */
    public static NetnsLab create(int nodes) throws IOException {
        NetnsLab lab = new NetnsLab(nodes);
        try {
            lab.build();
        } catch (IOException | RuntimeException e) {
            lab.close();
            throw e;
        }
        return lab;
    }

    private void build() throws IOException {
        ip("netns", "add", bridge);
        namespaces.add(bridge);
        // No IGMP querier runs here: without snooping the bridge floods multicast like a plain switch.
        ip("-n", bridge, "link", "add", "br0", "type", "bridge", "mcast_snooping", "0");
        ip("-n", bridge, "link", "set", "br0", "up");
        for (int i = 1; i <= nodes; i++) {
            String ns = namespace(i);
            ip("netns", "add", ns);
            namespaces.add(ns);
            ip("-n", ns, "link", "add", "eth0", "type", "veth", "peer", "name", port(i), "netns", bridge);
            ip("-n", bridge, "link", "set", port(i), "master", "br0", "up");
            ip("-n", ns, "addr", "add", address(i) + "/24", "dev", "eth0");
            ip("-n", ns, "link", "set", "eth0", "up");
            ip("-n", ns, "link", "set", "lo", "up");
            // What a default route gives a real host: multicast leaves through eth0.
            ip("-n", ns, "route", "add", "224.0.0.0/4", "dev", "eth0");
        }
    }

    public String namespace(int node) {
        return "hl" + id + "n" + node;
    }

    public static String nodeName(int node) {
        return "ast" + node;
    }

    public static String address(int node) {
        return "10.250." + (node / 250) + "." + (node % 250);
    }

    private static String port(int node) {
        return "p" + node;
    }

    public int nodes() {
        return nodes;
    }

    /** Pulls node's cable: its bridge port goes down, its own eth0 stays up. */
    public void linkDown(int node) throws IOException {
        ip("-n", bridge, "link", "set", port(node), "down");
    }

    public void linkUp(int node) throws IOException {
        ip("-n", bridge, "link", "set", port(node), "up");
    }

    /**
     * Writes a configuration directory for {@code node}: ucast to every host, the given timings, sha1 authkeys.
     *
     * @param timings ha.cf lines such as {@code keepalive 100ms}
     */
    public Path writeConfig(Path root, int node, String secret, List<String> timings) throws IOException {
        List<String> media = new ArrayList<>();
        for (int i = 1; i <= nodes; i++) {
            media.add("ucast eth0 " + address(i));
        }
        return writeConfig(root, node, secret, timings, media);
    }

    /** As {@link #writeConfig(Path, int, String, List)}, with the given media lines instead of ucast to every host. */
    public Path writeConfig(Path root, int node, String secret, List<String> timings, List<String> media)
            throws IOException {
        Path dir = Files.createDirectories(root.resolve(nodeName(node)));
        StringBuilder haCf = new StringBuilder();
        timings.forEach(line -> haCf.append(line).append('\n'));
        haCf.append("udpport 694\n");
        media.forEach(line -> haCf.append(line).append('\n'));
        for (int i = 1; i <= nodes; i++) {
            haCf.append("node ").append(nodeName(i)).append('\n');
        }
        haCf.append("auto_failback off\ncrm no\n");
        Files.writeString(dir.resolve("ha.cf"), haCf);
        Path authkeys = dir.resolve("authkeys");
        Files.writeString(authkeys, "auth 1\n1 sha1 " + secret + "\n");
        Files.setPosixFilePermissions(authkeys, PosixFilePermissions.fromString("rw-------"));
        Files.writeString(dir.resolve("haresources"), "");
        return dir;
    }

    /**
     * Starts hactld for {@code node} inside its namespace, its control socket in its configuration directory
     * ({@link #controlSocket}): Unix sockets on paths are shared across namespaces, so the default would collide.
     */
    public HactldProcess start(int node, Path configDir, Path launcher, Path log) throws IOException {
        return start(node, configDir, launcher, log, List.of());
    }

    /**
     * As {@link #start(int, Path, Path, Path)}, with more hactld options; agents get their own scratch directory
     * ({@code HA_RSCTMP}, {@link #agentScratch}), since the namespaces share one filesystem.
     */
    public HactldProcess start(int node, Path configDir, Path launcher, Path log, List<String> options)
            throws IOException {
        List<String> command = new ArrayList<>(List.of("ip", "netns", "exec", namespace(node), "env",
                "HA_RSCTMP=" + agentScratch(configDir), launcher.toString(),
                "--config-dir", configDir.toString(), "--node-name", nodeName(node),
                "--control-socket", controlSocket(configDir).toString(),
                "--state-dir", configDir.toAbsolutePath().resolve("state").toString()));
        command.addAll(options);
        HactldProcess p = HactldProcess.start(command, log);
        processes.add(p);
        return p;
    }

    /** Where the agents of the node configured in {@code configDir} keep their state. */
    public static Path agentScratch(Path configDir) {
        return configDir.toAbsolutePath().resolve("rsctmp");
    }

    /** Where {@link #start} puts the control socket of the node configured in {@code configDir}. */
    public static Path controlSocket(Path configDir) {
        return configDir.toAbsolutePath().resolve("hactld.sock");
    }

    @Override
    public void close() {
        processes.forEach(HactldProcess::destroy);
        for (int i = namespaces.size() - 1; i >= 0; i--) {
            try {
                ip("netns", "del", namespaces.get(i));
            } catch (IOException e) {
                // keep deleting the others
            }
        }
        namespaces.clear();
    }

    static void ip(String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add("ip");
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("timed out: " + command);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + command, e);
        }
        if (p.exitValue() != 0) {
            throw new IOException(command + " failed: " + new String(p.getInputStream().readAllBytes()));
        }
    }
}
