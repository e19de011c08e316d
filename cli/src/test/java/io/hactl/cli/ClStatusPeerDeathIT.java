package io.hactl.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hactl.testing.HactldProcess;
import io.hactl.testing.NetnsLab;
import io.hactl.testing.TestTiming;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Two real hactld processes, each in its own network namespace (two daemons on one loopback address would need
 * one udpport, which only one can bind), asked through ast1's control socket: ast2 is active with its link up,
 * then dead with its link dead once it is killed with -9.
 */
@Tag("netns")
class ClStatusPeerDeathIT {
    static final List<String> TIMINGS = List.of("keepalive 200ms", "warntime 600ms", "deadtime 1500ms", "initdead 3");

    private final TestTiming timing = TestTiming.fromSystemProperties();
    private static Path launcher;

    @BeforeAll
    static void needsNamespacesAndTheJar() {
        launcher = NetnsHactld.launcher();
    }

    @Test
    void peerGoesFromActiveToDeadAfterKill9() throws Exception {
        Path root = Files.createTempDirectory(Path.of("target"), "cl-status-it");
        try (NetnsLab lab = NetnsLab.create(2)) {
            Path ast1Config = lab.writeConfig(root, 1, "s3cret", TIMINGS);
            HactldProcess ast1 = lab.start(1, ast1Config, launcher, root.resolve("ast1.log"));
            HactldProcess ast2 = lab.start(2, lab.writeConfig(root, 2, "s3cret", TIMINGS), launcher, root.resolve("ast2.log"));
            String socket = NetnsLab.controlSocket(ast1Config).toString();

            await().atMost(timing.seconds(30)).until(() -> InProcessHactl.run("cl_status", "nodestatus", "ast2",
                    "--socket", socket).equals(new InProcessHactl(0, "active\n", "")));
            assertThat(InProcessHactl.run("cl_status", "listnodes", "--socket", socket))
                    .isEqualTo(new InProcessHactl(0, "ast1\nast2\n", ""));
            assertThat(InProcessHactl.run("cl_status", "listhblinks", "ast2", "--socket", socket))
                    .isEqualTo(new InProcessHactl(0, "\teth0\n", ""));
            assertThat(InProcessHactl.run("cl_status", "hblinkstatus", "ast2", "eth0", "--socket", socket))
                    .isEqualTo(new InProcessHactl(0, "up\n", ""));

            ast2.signal("KILL");
            await().atMost(timing.seconds(10)).until(() -> InProcessHactl.run("cl_status", "nodestatus", "ast2",
                    "--socket", socket).equals(new InProcessHactl(1, "dead\n", "")));
            assertThat(InProcessHactl.run("cl_status", "hblinkstatus", "ast2", "eth0", "--socket", socket))
                    .isEqualTo(new InProcessHactl(1, "dead\n", ""));
            assertThat(InProcessHactl.run("cl_status", "nodestatus", "ast1", "--socket", socket))
                    .isEqualTo(new InProcessHactl(0, "active\n", ""));
            assertThat(ast1.isAlive()).isTrue();
        }
    }
}
