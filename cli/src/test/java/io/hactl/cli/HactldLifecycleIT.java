package io.hactl.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hactl.control.DatagramRecorder;
import io.hactl.testing.ConfigDirectory;
import io.hactl.testing.TestTiming;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * hactld as systemd runs it: a real process with {@code NOTIFY_SOCKET} and {@code WATCHDOG_USEC} pointing at a
 * socket of the test's. It says READY=1 once in the cluster, pings the watchdog, serves metrics on localhost when
 * asked, refuses a broken reload while keeping its configuration, accepts a good one, and says STOPPING=1 on
 * SIGTERM.
 */
class HactldLifecycleIT {
    private final TestTiming timing = TestTiming.fromSystemProperties();

    @TempDir
    Path dir;

    static final List<String> SOLO = List.of("keepalive 200ms", "warntime 600ms", "deadtime 1500ms", "initdead 3",
            "udpport 17694", "ucast lo 127.0.0.1", "node solo", "auto_failback off", "crm no");

    @Test
    void notifiesSystemdAndReloadsSafely() throws Exception {
        Path configDir = dir.resolve("ha.d");
        java.nio.file.Files.createDirectories(configDir);
        ConfigDirectory config = ConfigDirectory.twoNodeCluster(configDir).write("ha.cf", SOLO).delete("haresources");
        Path notifySocket = dir.resolve("notify");
        int metricsPort;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            metricsPort = free.getLocalPort();
        }
        try (DatagramRecorder systemd = new DatagramRecorder(notifySocket.toString())) {
            ProcessBuilder builder = new ProcessBuilder(Path.of("../bin/hactld").toAbsolutePath().normalize().toString(),
                    "--config-dir", configDir.toString(), "--node-name", "solo", "--metrics", Integer.toString(metricsPort),
                    "--control-socket", dir.resolve("hactld.sock").toString(), "--state-dir", dir.resolve("state").toString())
                    .redirectErrorStream(true);
            builder.environment().put("NOTIFY_SOCKET", notifySocket.toString());
            builder.environment().put("WATCHDOG_USEC", "1000000");
            builder.environment().put("HACTL_JAVA_OPTS", "-Xmx48m");
            Process hactld = builder.start();
            List<String> log = new CopyOnWriteArrayList<>();
            Thread reader = new Thread(() -> new BufferedReader(new InputStreamReader(hactld.getInputStream(),
                    StandardCharsets.UTF_8)).lines().forEach(log::add));
            reader.setDaemon(true);
            reader.start();
            try {
                await().atMost(timing.seconds(30)).until(() -> systemd.received().stream().anyMatch(m -> m.startsWith("READY=1")));
                assertThat(systemd.received().get(0)).isEqualTo("READY=1\nSTATUS=node solo, DC solo, 1 of 1 nodes in the cluster");
                await().atMost(timing.seconds(10)).until(() -> systemd.received().stream().filter("WATCHDOG=1"::equals).count() >= 2);
                String scrape = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                                java.net.URI.create("http://127.0.0.1:" + metricsPort + "/metrics")).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString()).body();
                assertThat(scrape.lines()).contains("hactl_membership_size 1.0", "hactl_dc{node=\"solo\"} 1.0");

                config.write("ha.cf", "keepalive 5", "deadtime 2", "ucast lo 127.0.0.1", "node solo");
                new ProcessBuilder("kill", "-HUP", Long.toString(hactld.pid())).start().waitFor();
                await().atMost(timing.seconds(10)).until(() -> log.stream().anyMatch(l -> l.contains("reload refused")));
                assertThat(log).anyMatch(l -> l.contains("deadtime 2s must exceed keepalive 5s"));
                assertThat(hactld.isAlive()).as("a broken reload must not stop the daemon").isTrue();

                config.write("ha.cf", SOLO.stream().map(l -> l.startsWith("keepalive") ? "keepalive 300ms" : l).toList());
                new ProcessBuilder("kill", "-HUP", Long.toString(hactld.pid())).start().waitFor();
                await().atMost(timing.seconds(10)).until(() -> log.stream().anyMatch(l -> l.contains("configuration reloaded")));
                assertThat(log).anyMatch(l -> l.startsWith("<4>") && l.contains("timings (keepalive, deadtime, warntime, initdead)"
                        + " changed: takes effect when hactld restarts"));
                assertThat(systemd.received()).containsSubsequence("RELOADING=1", "READY=1\nSTATUS=node solo, DC solo, 1 of 1 nodes in the cluster",
                        "RELOADING=1");

                hactld.destroy();
                assertThat(hactld.waitFor(timing.seconds(20).toMillis(), TimeUnit.MILLISECONDS)).isTrue();
                assertThat(hactld.exitValue()).isZero();
                assertThat(systemd.received()).contains("STOPPING=1");
            } catch (org.awaitility.core.ConditionTimeoutException e) {
                throw new AssertionError(e.getMessage() + "; hactld said:\n" + String.join("\n", log)
                        + "\nsystemd got: " + systemd.received(), e);
            } finally {
                hactld.destroyForcibly();
            }
        }
    }
}
