package io.hactl.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hactl.testing.TestTiming;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code hactl status --watch}: redraws each answer, and rides out a daemon that goes away and comes back. */
class StatusWatchTest {
    private final TestTiming timing = TestTiming.fromSystemProperties();

    @TempDir
    Path dir;

    @Test
    void redrawsUntilInterruptedAndSaysWhenHactldIsGone() throws Exception {
        Path socket = dir.resolve("hactld.sock");
        AtomicInteger refresh = new AtomicInteger();
        Map<String, java.util.function.Function<Map<String, Object>, Map<String, Object>>> answers = Map.of(
                "status", a -> Map.of("message", "status", "text", "refresh " + refresh.incrementAndGet() + "\n",
                        "document", Map.of()));
        RecordingDaemon daemon = RecordingDaemon.listen(socket, List.of("status"), answers);

        StringWriter out = new StringWriter();
        CommandLine commandLine = Hactl.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(new StringWriter()));
        AtomicReference<Integer> exit = new AtomicReference<>();
        Thread watch = new Thread(() -> exit.set(commandLine.execute("status", "--watch", "--interval", "0.05",
                "--socket", socket.toString())));
        watch.start();
        try {
            await().atMost(timing.seconds(10)).until(() -> out.toString().contains(StatusWatch.CLEAR + "refresh 2\n"));
            assertThat(out.toString()).startsWith(StatusWatch.CLEAR + "refresh 1\n" + StatusWatch.CLEAR + "refresh 2\n");

            daemon.close();
            // A closing server may still accept one connection it never answers: the screen then says the socket
            // did not answer before it says hactld is gone. Either way it ends with the retry line.
            await().atMost(timing.seconds(10)).until(() -> out.toString().endsWith(StatusWatch.CLEAR
                    + "hactl: hactld is not running (no control socket at " + socket + "); start it with: systemctl"
                    + " start hactld\n\nhactl retries every 0.05 s; Ctrl-C to quit.\n")
                    || out.toString().endsWith("hactl retries every 0.05 s; Ctrl-C to quit.\n"));

            daemon = RecordingDaemon.listen(socket, List.of("status"), answers);
            int before = refresh.get();
            await().atMost(timing.seconds(10)).until(() -> out.toString().endsWith(StatusWatch.CLEAR + "refresh "
                    + (before + 1) + "\n") || refresh.get() > before + 1);
            assertThat(out.toString()).contains("refresh " + (before + 1) + "\n");
        } finally {
            watch.interrupt();
            watch.join(timing.seconds(10).toMillis());
            daemon.close();
        }
        assertThat(watch.isAlive()).isFalse();
        assertThat(exit.get()).as("Ctrl-C ends a watch normally").isZero();
    }

    @Test
    void aRefusalWaitingCannotCureEndsTheWatch() throws Exception {
        Path socket = dir.resolve("hactld.sock");
        try (RecordingDaemon daemon = RecordingDaemon.listen(socket, List.of("nodes"), Map.of())) {
            InProcessHactl run = InProcessHactl.run("status", "--watch", "--socket", socket.toString());
            assertThat(run.exit()).as("an older hactld").isEqualTo(69);
            assertThat(run.out()).isEmpty();
        }
    }
}
