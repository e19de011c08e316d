package io.hactl.bench;

import io.hactl.control.ControlClient;
import io.hactl.control.ControlReply;
import io.hactl.control.ControlRequest;
import io.hactl.testing.HactldProcess;
import io.hactl.testing.NetnsLab;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code bench/run failover [--runs 10]}: two real hactld processes in network namespaces (keepalive 100 ms,
 * deadtime 500 ms) running the seed's group of two Dummy resources monitored every 500 ms. For each fault, a fresh
 * cluster; the time is from the fault to the moment both resources run on the survivor, read from the Dummy
 * agents' own state files. Also prints the time from starting the daemons to the group running.
 */
public final class FailoverBench {
    static final List<String> FAST = List.of("keepalive 100ms", "warntime 300ms", "deadtime 500ms", "initdead 5");
    private static final Path AGENTS = Path.of("resource-agents/ocf").toAbsolutePath();
    private static final List<String> GROUP = List.of("failover-ip", "failover-asterisk");
    private static final Duration WAIT = Duration.ofSeconds(60);

    enum Fault {
        /** The active node's link goes down and its hactld is frozen: a node lost as if powered off. */
        NODE_LOSS("node loss (link down + SIGSTOP)"),
        /** The service stops behind the cluster's back; migration-threshold 1 moves the group. */
        SERVICE_CRASH("service crash, threshold 1"),
        /** The admin puts the active node in standby. */
        STANDBY("hactl standby of the active node");

        final String label;

        Fault(String label) {
            this.label = label;
        }
    }

    public static void main(String[] args) throws Exception {
        int runs = 10;
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].equals("--runs")) {
                throw new IllegalArgumentException("unknown option " + args[i]);
            }
            runs = Integer.parseInt(args[i + 1]);
        }
        if (!NetnsLab.available()) {
            System.err.println("failover bench needs root and ip netns");
            System.exit(2);
        }
        Path launcher = Path.of(System.getProperty("hactl.launcher", "bin/hactld")).toAbsolutePath();
        Path root = Files.createTempDirectory("hactl-bench-failover");
        System.out.println("logs: " + root);
        Latencies start = new Latencies();
        List<String> rows = new ArrayList<>();
        for (Fault fault : Fault.values()) {
            Latencies times = new Latencies();
            for (int run = 0; run < runs; run++) {
                Path dir = root.resolve(fault.name().toLowerCase() + "-" + run);
                try {
                    times.add(trial(fault, dir, launcher, start));
                } catch (IllegalStateException | IOException e) {
                    System.err.println(fault.label + ", run " + run + ": " + e.getMessage() + " (logs in " + dir + ")");
                    times.missed();
                }
            }
            rows.add(times.row(fault.label));
        }
        System.out.println("Failover, 2 nodes, keepalive 100ms / deadtime 500ms, monitor 500ms, Dummy group of 2"
                + " (ms, fault to group running on the survivor)");
        System.out.println(Latencies.header());
        rows.forEach(System.out::println);
        System.out.println(start.row("start to group running"));
    }

    private static Duration trial(Fault fault, Path dir, Path launcher, Latencies start) throws Exception {
        try (NetnsLab lab = NetnsLab.create(2)) {
            Path[] config = new Path[3];
            HactldProcess[] daemons = new HactldProcess[3];
            long started = System.nanoTime();
            for (int n = 1; n <= 2; n++) {
                config[n] = lab.writeConfig(dir, n, "bench-secret", FAST);
                Files.writeString(config[n].resolve("ha.cf"),
                        Files.readString(config[n].resolve("ha.cf")).replace("crm no", "crm yes"));
                Files.writeString(config[n].resolve("cib.xml"), cib(fault == Fault.SERVICE_CRASH ? 1 : 1_000_000));
                daemons[n] = lab.start(n, config[n], launcher, dir.resolve("ast" + n + ".log"),
                        List.of("--ocf-root", AGENTS.toString()));
            }
            Lab.waitFor(() -> groupOn(config[1]), WAIT, "the group on ast1");
            start.add(Duration.ofNanos(System.nanoTime() - started));
            // The fault comes once both daemons run (ast2 may start more slowly than ast1 placed the group).
            Lab.waitFor(() -> Files.exists(NetnsLab.controlSocket(config[1]))
                    && Files.exists(NetnsLab.controlSocket(config[2])), WAIT, "both control sockets");
            long faultAt = System.nanoTime();
            switch (fault) {
                case NODE_LOSS -> {
                    lab.linkDown(1);
                    daemons[1].signal("STOP");
                }
                case SERVICE_CRASH -> Files.delete(NetnsLab.agentScratch(config[1])
                        .resolve("hactl-Dummy-failover-asterisk.state"));
                case STANDBY -> standby(config[2], "ast1");
            }
            Lab.waitFor(() -> groupOn(config[2]), WAIT, "the group on ast2");
            Duration took = Duration.ofNanos(System.nanoTime() - faultAt);
            if (fault == Fault.NODE_LOSS) {
                daemons[1].signal("CONT");
            }
            return took;
        }
    }

    private static boolean groupOn(Path config) {
        return GROUP.stream().allMatch(r -> Files.exists(NetnsLab.agentScratch(config)
                .resolve("hactl-Dummy-" + r + ".state")));
    }

    private static void standby(Path config, String node) throws IOException {
        ControlReply reply = new ControlClient(NetnsLab.controlSocket(config), Duration.ofSeconds(15))
                .call(new ControlRequest("node-standby", Map.of("node", node)));
        if (!(reply instanceof ControlReply.Done)) {
            throw new IllegalStateException("standby refused: " + reply);
        }
    }

    /** The seed's group with Dummy resources, preferring ast1, with the given migration-threshold. */
    private static String cib(int migrationThreshold) {
        String primitives = GROUP.stream().map(id -> """
                    <primitive id="%s" class="ocf" provider="hactl" type="Dummy">
                      <operations><op id="%s-monitor" name="monitor" interval="500ms" timeout="5s"/></operations>
                    </primitive>
                """.formatted(id, id)).reduce("", String::concat);
        return """
                <cib admin_epoch="0" epoch="1" num_updates="0">
                  <configuration>
                    <crm_config><cluster_property_set id="cib-bootstrap-options">
                      <nvpair id="opt-no-quorum-policy" name="no-quorum-policy" value="ignore"/>
                      <nvpair id="opt-stonith-enabled" name="stonith-enabled" value="false"/>
                    </cluster_property_set></crm_config>
                    <nodes><node id="ast1" uname="ast1"/><node id="ast2" uname="ast2"/></nodes>
                    <resources><group id="asterisk-group">
                      <meta_attributes id="asterisk-group-meta">
                        <nvpair id="asterisk-group-migration-threshold" name="migration-threshold" value="%d"/>
                      </meta_attributes>
                %s  </group></resources>
                    <constraints>
                      <rsc_location id="prefer-ast1" rsc="asterisk-group" node="ast1" score="100"/>
                    </constraints>
                  </configuration>
                  <status/>
                </cib>
                """.formatted(migrationThreshold, primitives);
    }
}
