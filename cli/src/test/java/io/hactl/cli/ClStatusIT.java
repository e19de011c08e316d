package io.hactl.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hactl.testing.ConfigDirectory;
import io.hactl.testing.TestTiming;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hactl cl_status} against a real hactld process on loopback, its control socket in a temporary
 * directory: Heartbeat's outputs and exit statuses, a caller refused by its credentials, and a stopped daemon.
 */
class ClStatusIT {
    private final TestTiming timing = TestTiming.fromSystemProperties();

    /** "solo" runs; "gone" is listed but never starts, so it is init, then dead after initdead. */
    static final List<String> HA_CF = List.of("keepalive 200ms", "warntime 600ms", "deadtime 1500ms", "initdead 2",
            "udpport 17794", "ucast lo 127.0.0.1", "node solo", "node gone", "auto_failback off", "crm no");

    @TempDir
    Path dir;

    private Process hactld;
    private Path socket;
    private final List<String> log = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeEach
    void startHactld() throws IOException {
        Path configDir = Files.createDirectories(dir.resolve("ha.d"));
        ConfigDirectory.twoNodeCluster(configDir).write("ha.cf", HA_CF).delete("haresources");
        socket = dir.resolve("run").resolve("hactld.sock");
        ProcessBuilder builder = new ProcessBuilder(launcher("hactld").toString(), "--config-dir", configDir.toString(),
                "--node-name", "solo", "--control-socket", socket.toString(), "--state-dir", dir.resolve("state").toString())
                .redirectErrorStream(true);
        builder.environment().put("HACTL_JAVA_OPTS", "-Xmx48m");
        hactld = builder.start();
        Thread reader = new Thread(() -> new java.io.BufferedReader(new java.io.InputStreamReader(
                hactld.getInputStream(), StandardCharsets.UTF_8)).lines().forEach(log::add));
        reader.setDaemon(true);
        reader.start();
        await().atMost(timing.seconds(30)).until(() -> Files.exists(socket) || !hactld.isAlive());
        assertThat(hactld.isAlive()).as("hactld died: %s", log).isTrue();
    }

    @AfterEach
    void stopHactld() {
        hactld.destroyForcibly();
    }

    private static Path launcher(String name) {
        return Path.of("..", "bin", name).toAbsolutePath().normalize();
    }

    private InProcessHactl clStatus(String... args) {
        List<String> all = new ArrayList<>(List.of("cl_status"));
        all.addAll(List.of(args));
        all.addAll(List.of("--socket", socket.toString()));
        return InProcessHactl.run(all.toArray(String[]::new));
    }

    @Test
    void answersAsHeartbeatsClStatus() throws Exception {
        assertThat(clStatus("hbstatus")).isEqualTo(new InProcessHactl(0, "Heartbeat is running on this machine.\n", ""));
        assertThat(clStatus("listnodes")).isEqualTo(new InProcessHactl(0, "gone\nsolo\n", ""));
        assertThat(clStatus("listnodes", "-n")).isEqualTo(new InProcessHactl(0, "gone\nsolo\n", ""));
        assertThat(clStatus("listnodes", "-p")).as("hactl has no ping nodes").isEqualTo(new InProcessHactl(0, "", ""));
        assertThat(clStatus("nodestatus", "solo")).isEqualTo(new InProcessHactl(0, "active\n", ""));
        assertThat(clStatus("nodetype", "solo")).isEqualTo(new InProcessHactl(0, "normal\n", ""));
        assertThat(clStatus("listhblinks", "solo")).isEqualTo(new InProcessHactl(0, "\tlo\n", ""));
        assertThat(clStatus("hblinkstatus", "solo", "lo")).isEqualTo(new InProcessHactl(0, "up\n", ""));
        assertThat(clStatus("listhblinks", "-v", "solo")).isEqualTo(new InProcessHactl(0, "\tlo\tup\n", ""));
        assertThat(clStatus("nodestatus", "nosuch"))
                .isEqualTo(new InProcessHactl(11, "", "Error. May be due to incorrect node name\n"));
        assertThat(clStatus("nodetype", "nosuch").exit()).isEqualTo(11);
        assertThat(clStatus("nodestatus").exit()).as("a missing parameter, as cl_status").isEqualTo(11);
        assertThat(clStatus("hblinkstatus", "solo", "eth9")).satisfies(r -> {
            assertThat(r.exit()).isEqualTo(13);
            assertThat(r.out()).isEmpty();
        });
        assertThat(clStatus("listhblinks", "nosuch").exit()).isEqualTo(13);

        // A listed node never heard: Heartbeat's "init" until initdead, then dead (exit 1), its link dead too.
        await().atMost(timing.seconds(10)).until(() -> clStatus("nodestatus", "gone").equals(new InProcessHactl(1, "dead\n", "")));
        assertThat(clStatus("hblinkstatus", "gone", "lo")).isEqualTo(new InProcessHactl(1, "dead\n", ""));
        assertThat(clStatus("listnodes", "-v")).isEqualTo(new InProcessHactl(0,
                "\ngone\tdead\t(nodetype: normal)\n\tlo\tdead\n\nsolo\tactive\t(nodetype: normal)\n\tlo\tup\n", ""));

        // No haresources: this node holds no resources, in Heartbeat's word.
        assertThat(clStatus("rscstatus")).isEqualTo(new InProcessHactl(0, "none\n", ""));

        hactld.destroy();
        assertThat(hactld.waitFor(timing.seconds(20).toMillis(), TimeUnit.MILLISECONDS)).isTrue();
        assertThat(socket).as("a stopped hactld removes its socket").doesNotExist();
        assertThat(clStatus("hbstatus")).isEqualTo(new InProcessHactl(1, "Heartbeat is stopped on this machine.\n", ""));
        InProcessHactl down = clStatus("nodestatus", "solo");
        assertThat(down.exit()).isEqualTo(102);
        assertThat(down.out()).isEmpty();
        assertThat(down.err()).isEqualTo("hactl cl_status: hactld is not running (no control socket at " + socket
                + "); start it with: systemctl start hactld\n");
    }

    private record Run(int exit, String out) {
    }

    private Run runAs(String user, String group, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("runuser", "-u", user));
        if (group != null) {
            command.addAll(List.of("-g", group));
        }
        command.addAll(List.of("--", launcher("hactl").toString(), "cl_status"));
        command.addAll(List.of(args));
        command.addAll(List.of("--socket", socket.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(timing.seconds(30).toMillis(), TimeUnit.MILLISECONDS)).isTrue();
        return new Run(p.exitValue(), out);
    }

    @Test
    void refusesACallerOutsideApiauthAndHaclient() throws Exception {
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")), "needs root to run as nobody");
        Assumptions.assumeTrue(Files.isRegularFile(Path.of("/usr/sbin/runuser")) || Files.isRegularFile(Path.of("/sbin/runuser")),
                "needs runuser");
        // The socket itself is 0666; access is decided by credentials, so the directory only needs to be searchable.
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(socket.getParent(), PosixFilePermissions.fromString("rwxr-xr-x"));

        Run refused = runAs("nobody", null, "nodestatus", "solo");
        assertThat(refused.exit()).as(refused.out()).isEqualTo(77);
        assertThat(refused.out()).contains("permission denied: user nobody (uid 65534) may not use hactld's control"
                + " socket; only root and group haclient may use it (ha.cf has no apiauth hactl)");

        Run hbstatus = runAs("nobody", null, "hbstatus");
        assertThat(hbstatus.out()).startsWith("Heartbeat is apparently running on this machine, but refuses my connection\n");
        assertThat(hbstatus.exit()).isZero();

        Assumptions.assumeTrue(groupExists("haclient"), "no haclient group on this host");
        Run member = runAs("nobody", "haclient", "nodestatus", "solo");
        assertThat(member).as("group haclient may run read-only queries").isEqualTo(new Run(0, "active\n"));
    }

    private static boolean groupExists(String group) throws IOException {
        return Files.readAllLines(Path.of("/etc/group")).stream().anyMatch(l -> l.startsWith(group + ":"));
    }
}
