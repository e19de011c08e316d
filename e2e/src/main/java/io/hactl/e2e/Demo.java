package io.hactl.e2e;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * The README's main command ({@code ./demo}): a 3-node cluster of real hactld processes, each with its own
 * configuration (the seed's crm configuration, fast timings), that the admin breaks from the keyboard, seeing how
 * long the service was gone and what {@code hactl status} says. As root with kamailio, sipsak, tcpdump and arping,
 * the nodes are network namespaces running a VIP and kamailio, watched by a SIP caller; otherwise three hactld on
 * loopback run two Dummy resources. Ctrl-C (or q) stops every process and removes every namespace.
 */
public final class Demo {
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final int NODES = 3;

    private final DemoCluster cluster;

    private Demo(DemoCluster cluster) {
        this.cluster = cluster;
    }

    public static void main(String[] args) throws Exception {
        Path logs = Files.createTempDirectory("hactl-demo-");
        ClusterSpec spec = ClusterSpec.of(Profile.FAST).withNodes(NODES);
        DemoCluster cluster;
        if (SipCluster.available()) {
            cluster = new NamespaceCluster(SipCluster.create(spec, logs));
        } else {
            System.out.println("Not root, or kamailio, sipsak, tcpdump or arping missing (.ci/install-deps):"
                    + " running the cluster on loopback with Dummy resources instead of namespaces with kamailio.");
            cluster = LoopbackCluster.create(spec, logs);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            cluster.close();
            System.out.println("\nThe demo's processes and namespaces are gone; its configuration and logs stay in "
                    + logs);
        }, "demo-cleanup"));
        System.out.println("Starting " + cluster.describe() + ".");
        System.out.println("Configuration and logs: " + logs);
        Demo demo = new Demo(cluster);
        Instant started = Instant.now();
        cluster.startAll();
        demo.await(() -> cluster.serving().isPresent(), "the group to run");
        System.out.printf("%s serves %d ms after the daemons started.%n%n", demo.active(),
                Duration.between(started, Instant.now()).toMillis());
        demo.await(cluster::settled, "the VIP's announcements");
        demo.status();
        demo.console();
    }

    private void console() throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        help();
        String line;
        while ((line = in.readLine()) != null) {
            try {
                command(line.strip());
            } catch (RuntimeException e) {
                System.out.println("That did not work: " + e.getMessage());
            }
            System.out.print("> ");
            System.out.flush();
        }
    }

    private void command(String line) {
        switch (line) {
            case "k" -> fault("Node " + active() + " lost (its hactld and everything on it frozen"
                    + (cluster instanceof NamespaceCluster ? ", its cable pulled" : "") + ").", true,
                    () -> cluster.loseNode(activeIndex()));
            case "c" -> fault("The service on " + active() + " crashed.", false,
                    () -> cluster.crashService(activeIndex()));
            case "s" -> fault("$ hactl standby " + active(), true,
                    () -> cluster.hactl(activeIndex(), "standby", active()).orThrow());
            case "o" -> back();
            case "h" -> status();
            case "q" -> System.exit(0);
            case "" -> { }
            default -> help();
        }
    }

    private void help() {
        System.out.printf("""
                Break something and watch the cluster recover:
                  k  lose the active node (as a power cut)     c  crash the service on the active node
                  s  hactl standby the active node             o  bring lost nodes back, every node online
                  h  hactl status                              q  quit and clean up (Ctrl-C too)
                From another shell%s:  HACTL_SOCKET=%s bin/hactl status --watch --interval 0.5
                > """, cluster instanceof NamespaceCluster ? ", as root" : "", cluster.controlSocket(1));
        System.out.flush();
    }

    private void fault(String what, boolean moves, Runnable action) {
        String before = active();
        Instant at = Instant.now();
        action.run();
        System.out.println(what);
        BooleanSupplier recovered = () -> cluster.serving().filter(n -> !moves || !n.equals(before)).isPresent();
        if (!moves) {
            await(() -> cluster.serving().isEmpty() || Instant.now().isAfter(at.plusSeconds(2)), "the failure");
        }
        await(recovered, "the service to come back");
        Duration polled = Duration.between(at, Instant.now());
        Duration outage = cluster.outageAround(at).orElse(polled);
        System.out.printf("Service back on %s: %s %d ms.%n%n", active(),
                cluster instanceof NamespaceCluster ? "callers saw an outage of" : "the group ran again after",
                outage.toMillis());
        status();
    }

    private void back() {
        for (int n = 1; n <= cluster.nodes(); n++) {
            cluster.restoreNode(n);
            cluster.hactl(n, "online", ClusterSpec.nodeName(n));
        }
        System.out.println("Lost nodes are back and every node is online.");
        Waiting.until(() -> false, Duration.ofSeconds(3)); // let the cluster settle
        status();
    }

    private void status() {
        int node = IntStream.rangeClosed(1, cluster.nodes()).filter(n -> !cluster.isLost(n)).findFirst().orElse(1);
        System.out.println("$ hactl status   (on " + ClusterSpec.nodeName(node) + ")");
        System.out.println(cluster.hactl(node, "status").output());
    }

    private String active() {
        Optional<String> node = cluster.serving();
        return node.orElse("ast1");
    }

    private int activeIndex() {
        return Integer.parseInt(active().substring(3));
    }

    private void await(BooleanSupplier condition, String what) {
        if (!Waiting.until(condition, WAIT)) {
            System.out.println("Still waiting for " + what + " after " + WAIT.toSeconds() + " s; see the logs.");
        }
    }
}
