package io.hactl.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hactl.json.JsonReader;
import io.hactl.testing.HactldProcess;
import io.hactl.testing.NetnsLab;
import io.hactl.testing.TestTiming;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two real hactld processes in network namespaces running the seed's group of Dummy resources, administered with
 * hactl over their control sockets. Where the group runs is read from the Dummy agents' own state files.
 */
class LiveClusterIT {
    private static final Path AGENTS = Path.of("../resource-agents/ocf").toAbsolutePath().normalize();
    private final TestTiming timing = TestTiming.fromSystemProperties();
    private static Path launcher;

    @BeforeAll
    static void launcher() {
        launcher = NetnsHactld.launcher();
    }

    private static boolean runs(Path dir, String resource) {
        return Files.exists(NetnsLab.agentScratch(dir).resolve("hactl-Dummy-" + resource + ".state"));
    }

    private static boolean groupOn(Path dir) {
        return runs(dir, "failover-ip") && runs(dir, "failover-asterisk");
    }

    private static Map<String, Object> status(Path dir) {
        InProcessHactl result = InProcessHactl.run("status", "--json", "--socket",
                NetnsLab.controlSocket(dir).toString());
        assertThat(result.exit()).as(result.err()).isZero();
        return JsonReader.readObject(result.out().trim());
    }

    private static String rscstatus(Path dir) {
        return InProcessHactl.run("cl_status", "rscstatus", "--socket", NetnsLab.controlSocket(dir).toString()).out();
    }

    @Test
    void statusStandbyAndAKilledNodeAsAdminsSeeThem() throws Exception {
        Path root = Files.createTempDirectory(Path.of("target"), "live-cluster");
        try (NetnsLab lab = NetnsLab.create(2)) {
            Path[] dirs = new Path[3];
            HactldProcess[] nodes = new HactldProcess[3];
            for (int n = 1; n <= 2; n++) {
                dirs[n] = lab.writeConfig(root, n, "s3cret", HactldProcessIT.TIMINGS);
                Files.writeString(dirs[n].resolve("ha.cf"),
                        Files.readString(dirs[n].resolve("ha.cf")).replace("crm no", "crm yes"));
                Files.copy(LiveClusterIT.class.getResourceAsStream("/live/cib.xml"), dirs[n].resolve("cib.xml"));
                nodes[n] = lab.start(n, dirs[n], launcher, root.resolve("ast" + n + ".log"),
                        List.of("--ocf-root", AGENTS.toString()));
            }
            Path ast1 = dirs[1];
            Path ast2 = dirs[2];
            await().atMost(timing.seconds(40)).until(() -> Files.exists(NetnsLab.controlSocket(ast1))
                    && Files.exists(NetnsLab.controlSocket(ast2)));
            await().atMost(timing.seconds(40)).until(() -> groupOn(ast1) && !runs(ast2, "failover-ip"));
            // Either node may be the DC (the first member of the view, whichever JVM joined first); both agree.
            await().atMost(timing.seconds(10)).until(() -> status(ast2).get("dc") != null
                    && status(ast2).get("dc").equals(status(ast1).get("dc")));
            Map<String, Object> seen = status(ast2);
            assertThat((List<?>) seen.get("resources")).anySatisfy(r -> {
                Map<?, ?> resource = (Map<?, ?>) r;
                assertThat(resource.get("id")).isEqualTo("failover-asterisk");
                assertThat(resource.get("node")).isEqualTo("ast1");
                assertThat(resource.get("role")).isEqualTo("started");
            });

            assertThat(rscstatus(ast1)).as("the group's home is ast1").isEqualTo("local\n");
            assertThat(rscstatus(ast2)).isEqualTo("none\n");

            InProcessHactl standby = InProcessHactl.run("standby", "ast1", "--socket",
                    NetnsLab.controlSocket(ast2).toString());
            assertThat(standby.exit()).as(standby.err()).isZero();
            assertThat(standby.out()).contains("ast1 is now in standby");
            await().atMost(timing.seconds(20)).until(() -> groupOn(ast2) && !runs(ast1, "failover-ip")
                    && !runs(ast1, "failover-asterisk"));
            await().atMost(timing.seconds(5)).until(() -> rscstatus(ast2).equals("foreign\n"));
            assertThat(InProcessHactl.run("online", "ast1", "--socket", NetnsLab.controlSocket(ast1).toString())
                    .exit()).isZero();

            nodes[2].signal("KILL");
            await().atMost(timing.seconds(20)).until(() -> groupOn(ast1));
            await().atMost(timing.seconds(10)).until(() -> status(ast1).get("last_failover") instanceof Map<?, ?> f
                    && String.valueOf(f.get("reason")).startsWith("node ast2 dead"));
            InProcessHactl text = InProcessHactl.run("status", "--socket", NetnsLab.controlSocket(ast1).toString());
            assertThat(text.out()).contains("Last failover:").contains("node ast2 dead");
        }
    }
}
