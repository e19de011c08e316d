package io.hactl.executor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * A LAN of network namespaces (resource-agents/tests/netns-lan): hosts on one bridge, nothing connected
 * to the machine's own network. Names are unique per test so parallel builds cannot collide; {@link #close()}
 * removes everything, also after a failure.
 */
final class NetnsLan implements AutoCloseable {
    private static final Path SCRIPT = TestAgents.sourceTreeFile("tests/netns-lan");

    final String name;
    final String subnet;

    private NetnsLan(String name, String subnet) {
        this.name = name;
        this.subnet = subnet;
    }

    /** Hosts get SUBNET.1, SUBNET.2, … in the order given, on eth0 of namespace NAME-HOST. */
    static NetnsLan up(String... hosts) {
        int n = ThreadLocalRandom.current().nextInt(10_000, 99_999);
        NetnsLan lan = new NetnsLan("hx" + n, "10." + (100 + n % 100) + "." + (n / 100 % 250));
        List<String> command = new ArrayList<>(List.of(SCRIPT.toString(), "up", lan.name, lan.subnet));
        command.addAll(List.of(hosts));
        run(command);
        return lan;
    }

    String namespace(String host) {
        return name + "-" + host;
    }

    String address(int host) {
        return subnet + "." + host;
    }

    String mac(String host) {
        return run(List.of(SCRIPT.toString(), "mac", name, host)).strip();
    }

    /** Runs a command inside a host's namespace and returns its stdout; fails on a non-zero exit. */
    String exec(String host, String... command) {
        List<String> full = new ArrayList<>(List.of("ip", "netns", "exec", namespace(host)));
        full.addAll(List.of(command));
        return run(full);
    }

    /** The client's neighbour entry for an address: "LLADDR STATE", or empty. */
    String neighbour(String host, String address) {
        String line = run(List.of("ip", "-n", namespace(host), "neigh", "show", address)).strip();
        String[] fields = line.split("\\s+");
        // "10.x.y.100 dev eth0 lladdr 02:…:01 STALE"
        for (int i = 0; i < fields.length - 1; i++) {
            if (fields[i].equals("lladdr")) {
                return fields[i + 1] + " " + fields[fields.length - 1];
            }
        }
        return line;
    }

    /** An OCF_ROOT whose agents run inside {@code host}'s namespace: wrappers around the real, unmodified scripts. */
    AgentDirectories agentsOn(String host, Path root, Path... agents) {
        for (Path agent : agents) {
            String provider = agent.getParent().getFileName().toString();
            TestAgents.script(root.resolve("resource.d").resolve(provider).resolve(agent.getFileName()),
                    "exec ip netns exec " + namespace(host) + " " + agent + " \"$@\"");
        }
        try {
            java.nio.file.Files.createSymbolicLink(root.resolve("lib"), Path.of("/usr/lib/ocf/lib"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return AgentDirectories.standard().withOcfRoot(root);
    }

    /** Removes the lib links made by {@link #agentsOn}, so the temp directory cleanup need not step over them. */
    static void forgetLibLinks(Path... roots) {
        for (Path root : roots) {
            try {
                java.nio.file.Files.deleteIfExists(root.resolve("lib"));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Override
    public void close() {
        run(List.of(SCRIPT.toString(), "down", name));
    }

    static String run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException(String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
