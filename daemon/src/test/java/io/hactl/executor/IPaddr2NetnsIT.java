package io.hactl.executor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hactl.testing.TestTiming;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A VIP moving between two nodes on a LAN made of network namespaces (root only): node A, node B and a
 * client on one bridge. What matters is what the client sees: its neighbour (ARP) entry for the VIP.
 */
@Tag("netns")
class IPaddr2NetnsIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final Path OUR_IPADDR2 = TestAgents.sourceTreeFile("ocf/resource.d/hactl/IPaddr2");
    private static final Path OUR_IPADDR = TestAgents.sourceTreeFile("ocf/resource.d/hactl/IPaddr");
    private static final Path CLUSTERLABS_IPADDR2 = Path.of("/usr/lib/ocf/resource.d/heartbeat/IPaddr2");
    private final TestTiming timing = TestTiming.fromSystemProperties();

    @TempDir
    Path tmp;
    private NetnsLan lan;
    private ThreadScheduling scheduling;
    private ResourceExecutor nodeA;
    private ResourceExecutor nodeB;

    @BeforeEach
    void buildLan() {
        assumeTrue("root".equals(System.getProperty("user.name")), "network namespaces need root");
        lan = NetnsLan.up("a", "b", "client");
        scheduling = ThreadScheduling.systemClock();
        nodeA = new ResourceExecutor(lan.agentsOn("a", tmp.resolve("a"), OUR_IPADDR2, OUR_IPADDR, CLUSTERLABS_IPADDR2),
                ExecutorSettings.defaults(), scheduling, System.getenv());
        nodeB = new ResourceExecutor(lan.agentsOn("b", tmp.resolve("b"), OUR_IPADDR2, CLUSTERLABS_IPADDR2),
                ExecutorSettings.defaults(), scheduling, System.getenv());
    }

    @AfterEach
    void tearDown() {
        if (nodeA != null) {
            nodeA.close();
            nodeB.close();
            scheduling.close();
        }
        if (lan != null) {
            lan.close();
        }
        NetnsLan.forgetLibLinks(tmp.resolve("a"), tmp.resolve("b"));
    }

    private static OcfRc run(ResourceExecutor node, Primitive vip, String action) {
        OperationResult result = node.execute(vip, Operation.of(action, TIMEOUT)).join();
        assertThat(result.status()).as("%s %s", action, result.outcome()).isEqualTo(ExecStatus.DONE);
        return result.rc();
    }

    @Test
    void gratuitousArpAloneMovesTheClientToTheNewNode() {
        String vipAddress = lan.address(100);
        Primitive vip = Primitive.of("failover-ip", "ocf:hactl:IPaddr2", Map.of("ip", vipAddress));
        String macA = lan.mac("a");
        String macB = lan.mac("b");

        assertThat(run(nodeA, vip, "start")).isEqualTo(OcfRc.OK);
        // One datagram from the client makes its kernel resolve the VIP (bash is Essential in Debian; ping is not).
        lan.exec("client", "bash", "-c", "echo hello > /dev/udp/" + vipAddress + "/9");
        await().atMost(timing.seconds(3)).untilAsserted(() ->
                assertThat(lan.neighbour("client", vipAddress)).as("client's entry for the VIP").startsWith(macA));

        assertThat(run(nodeA, vip, "stop")).isEqualTo(OcfRc.OK);
        assertThat(run(nodeA, vip, "monitor")).isEqualTo(OcfRc.NOT_RUNNING);
        assertThat(run(nodeB, vip, "start")).isEqualTo(OcfRc.OK);
        assertThat(run(nodeB, vip, "monitor")).isEqualTo(OcfRc.OK);

        // The client sends nothing and flushes nothing: only B's announcements can change its entry.
        await().atMost(timing.seconds(3)).untilAsserted(() ->
                assertThat(lan.neighbour("client", vipAddress)).as("client's entry for the VIP").startsWith(macB));

        // Control: moving back without announcements leaves the client pointing at B.
        Primitive silent = Primitive.of("failover-ip", "ocf:hactl:IPaddr2", Map.of("ip", vipAddress, "arp_count", "0"));
        assertThat(run(nodeB, silent, "stop")).isEqualTo(OcfRc.OK);
        assertThat(run(nodeA, silent, "start")).isEqualTo(OcfRc.OK);
        await().during(timing.of(Duration.ofMillis(800))).atMost(timing.seconds(2))
                .until(() -> lan.neighbour("client", vipAddress).startsWith(macB));
    }

    @Test
    void arpRefreshOnRecurringMonitorsCorrectsAClientThatLearntAnotherMac() {
        String vipAddress = lan.address(105);
        Primitive vip = Primitive.of("vip", "ocf:hactl:IPaddr2",
                Map.of("ip", vipAddress, "arp_count", "1", "arp_bg", "false", "arp_refresh", "true"));
        assertThat(run(nodeA, vip, "start")).isEqualTo(OcfRc.OK);
        // As after a partition: the client believes the VIP is elsewhere.
        NetnsLan.run(List.of("ip", "-n", lan.namespace("client"), "neigh", "replace", vipAddress,
                "lladdr", "02:00:00:00:00:99", "dev", "eth0", "nud", "stale"));

        assertThat(run(nodeA, vip, "monitor")).as("a probe does not announce").isEqualTo(OcfRc.OK);
        assertThat(lan.neighbour("client", vipAddress)).startsWith("02:00:00:00:00:99");
        OperationResult recurring = nodeA.execute(vip, Operation.monitor(Duration.ofSeconds(10), TIMEOUT)).join();

        assertThat(recurring.rc()).isEqualTo(OcfRc.OK);
        await().atMost(timing.seconds(3)).untilAsserted(() ->
                assertThat(lan.neighbour("client", vipAddress)).startsWith(lan.mac("a")));
        assertThat(run(nodeA, vip, "stop")).isEqualTo(OcfRc.OK);
    }

    @Test
    void monitorAtCheckLevel10NoticesALinkWithoutCarrier() {
        Primitive vip = Primitive.of("vip", "ocf:hactl:IPaddr2", Map.of("ip", lan.address(101), "arp_count", "1"));
        Operation deepMonitor = Operation.of("monitor", TIMEOUT).withCheckLevel(10);
        assertThat(run(nodeA, vip, "start")).isEqualTo(OcfRc.OK);
        assertThat(run(nodeA, vip, "start")).as("start is idempotent").isEqualTo(OcfRc.OK);
        assertThat(nodeA.execute(vip, deepMonitor).join().rc()).isEqualTo(OcfRc.OK);

        // Unplug A's cable at the switch: the address stays, the carrier goes.
        NetnsLan.run(List.of("ip", "-n", lan.namespace("sw"), "link", "set", lan.name + "1", "down"));

        assertThat(run(nodeA, vip, "monitor")).as("level 0 only looks for the address").isEqualTo(OcfRc.OK);
        OperationResult deep = nodeA.execute(vip, deepMonitor).join();
        assertThat(deep.rc()).isEqualTo(OcfRc.GENERIC_ERROR);
        assertThat(deep.exitReason()).contains("no carrier");
        assertThat(run(nodeA, vip, "stop")).isEqualTo(OcfRc.OK);
        assertThat(run(nodeA, vip, "stop")).as("stop is idempotent").isEqualTo(OcfRc.OK);
    }

    @Test
    void ipaddrTakesTheHaresourcesSpellingAndALabel() {
        // haresources: "ast1 IPaddr::10.x.y.104/24/eth0"; ifconfig users expect the alias eth0:0.
        Primitive vip = Primitive.of("failover-ip", "ocf:hactl:IPaddr",
                Map.of("ip", lan.address(104) + "/24/eth0", "label", "0", "arp_count", "1"));

        assertThat(run(nodeA, vip, "start")).isEqualTo(OcfRc.OK);
        assertThat(NetnsLan.run(List.of("ip", "-n", lan.namespace("a"), "-o", "-4", "addr", "show", "dev", "eth0")))
                .contains("inet " + lan.address(104) + "/24 brd " + lan.address(255)).contains("eth0:0");
        assertThat(run(nodeA, vip, "monitor")).isEqualTo(OcfRc.OK);
        assertThat(run(nodeA, vip, "stop")).isEqualTo(OcfRc.OK);
        assertThat(run(nodeA, vip, "monitor")).isEqualTo(OcfRc.NOT_RUNNING);
    }

    @Test
    void anAddressOnNoLocalSubnetIsRefusedWithTheReason() {
        // The seed's typo: 150.215.153.235 instead of 150.214.153.235, on no interface's subnet.
        Primitive typo = Primitive.of("failover-ip", "ocf:hactl:IPaddr2", Map.of("ip", "150.215.153.235"));

        OperationResult result = nodeA.execute(typo, Operation.of("start", TIMEOUT)).join();

        assertThat(result.rc()).isEqualTo(OcfRc.INVALID_PARAMETER);
        assertThat(result.exitReason()).isEqualTo(
                "no interface has a subnet containing 150.215.153.235; check the address or set nic and cidr_netmask");
    }

    @Test
    void heartbeatsOwnIPaddrScriptRunsAsHaresourcesCallsIt() {
        // Heartbeat's /etc/ha.d/resource.d/IPaddr (Debian package heartbeat), wrapped only to run in node B's
        // namespace; its status exits 0 or 7 but what counts is what it prints ("Running OK", "stopped").
        Path scripts = tmp.resolve("b-heartbeat");
        TestAgents.script(scripts.resolve("IPaddr"),
                "exec ip netns exec " + lan.namespace("b") + " /etc/ha.d/resource.d/IPaddr \"$@\"");
        ResourceExecutor heartbeatNode = new ResourceExecutor(
                new AgentDirectories(Path.of("/usr/lib/ocf"), Path.of("/etc/init.d"), scripts),
                ExecutorSettings.defaults(), scheduling, System.getenv());
        // haresources: "ast1 IPaddr::10.x.y.103/24/eth0"
        Primitive vip = new Primitive("IPaddr_vip", AgentRef.heartbeat("IPaddr"),
                Map.of("1", lan.address(103) + "/24/eth0"));
        try {
            List<OcfRc> answers = List.of("monitor", "start", "monitor", "stop", "monitor").stream()
                    .map(action -> run(heartbeatNode, vip, action)).toList();

            assertThat(answers).containsExactly(OcfRc.NOT_RUNNING, OcfRc.OK, OcfRc.OK, OcfRc.OK, OcfRc.NOT_RUNNING);
        } finally {
            heartbeatNode.close();
        }
    }

    @Test
    void clusterLabsIPaddr2RunsUnmodified() {
        Primitive vip = Primitive.of("cl-vip", "ocf:heartbeat:IPaddr2",
                Map.of("ip", lan.address(102), "cidr_netmask", "24"));

        List<OcfRc> answers = List.of("start", "monitor", "stop", "monitor").stream()
                .map(action -> run(nodeB, vip, action)).toList();

        assertThat(answers).containsExactly(OcfRc.OK, OcfRc.OK, OcfRc.OK, OcfRc.NOT_RUNNING);
    }
}
