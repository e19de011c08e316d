package io.hactl.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hactl.lifecycle.ServiceNotifier;
import io.hactl.lifecycle.WatchdogSettings;
import io.hactl.testing.TestTiming;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SystemdNotifierTest {
    private final TestTiming timing = TestTiming.fromSystemProperties();

    @TempDir
    Path dir;

    @Test
    void sendsTheSdNotifyMessagesToAPathSocket() throws Exception {
        String address = dir.resolve("notify").toString();
        try (DatagramRecorder systemd = new DatagramRecorder(address)) {
            ServiceNotifier notifier = SystemdNotifier.fromEnvironment(Map.of("NOTIFY_SOCKET", address));

            notifier.ready("DC=ast1, 2 nodes\n2/2 resources started");
            notifier.watchdog();
            notifier.reloading();
            notifier.status("reloaded");
            notifier.stopping();

            await().atMost(timing.seconds(5)).until(() -> systemd.received().size() == 5);
            assertThat(systemd.received()).containsExactly("READY=1\nSTATUS=DC=ast1, 2 nodes 2/2 resources started",
                    "WATCHDOG=1", "RELOADING=1", "STATUS=reloaded", "STOPPING=1");
        }
    }

    @Test
    void reachesAnAbstractNamespaceSocket() throws Exception {
        String address = "@hactl-test-notify-" + ProcessHandle.current().pid();
        try (DatagramRecorder systemd = new DatagramRecorder(address)) {
            SystemdNotifier.fromEnvironment(Map.of("NOTIFY_SOCKET", address)).ready("up");

            await().atMost(timing.seconds(5)).until(() -> systemd.received().size() == 1);
            assertThat(systemd.received()).containsExactly("READY=1\nSTATUS=up");
        }
    }

    @Test
    void doesNothingOutsideSystemd() {
        assertThat(SystemdNotifier.fromEnvironment(Map.of())).isSameAs(ServiceNotifier.NONE);
        assertThat(SystemdNotifier.fromEnvironment(Map.of("NOTIFY_SOCKET", dir.resolve("absent").toString())))
                .isSameAs(ServiceNotifier.NONE);
    }

    @Test
    void readsTheWatchdogSystemdAsksFor() {
        long pid = ProcessHandle.current().pid();
        assertThat(WatchdogSettings.fromEnvironment(Map.of("WATCHDOG_USEC", "30000000", "WATCHDOG_PID", Long.toString(pid)), pid))
                .hasValueSatisfying(w -> assertThat(w.pingInterval()).isEqualTo(Duration.ofSeconds(15)));
        assertThat(WatchdogSettings.fromEnvironment(Map.of("WATCHDOG_USEC", "30000000", "WATCHDOG_PID", "1"), pid)).isEmpty();
        assertThat(WatchdogSettings.fromEnvironment(Map.of(), pid)).isEmpty();
    }
}
