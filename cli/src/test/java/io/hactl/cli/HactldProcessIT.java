package io.hactl.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hactl.testing.HactldProcess;
import io.hactl.testing.LogLines;
import io.hactl.testing.NetnsLab;
import io.hactl.testing.TestTiming;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Real hactld processes, one per network namespace on a bridge: clean stop, crash (kill -9), hang (SIGSTOP),
 * cable pulled (bridge port down), and a node with the wrong authkeys secret.
 */
@Tag("netns")
class HactldProcessIT {

    /** Sub-second, but with room for three JVMs sharing two busy cores. */
    static final List<String> TIMINGS = List.of("keepalive 200ms", "warntime 600ms", "deadtime 1500ms", "initdead 3");
    static final Duration DEADTIME = Duration.ofMillis(1500);

    private final TestTiming timing = TestTiming.fromSystemProperties();
    private static Path launcher;

    @BeforeAll
    static void needsNamespacesAndTheJar() {
        launcher = NetnsHactld.launcher();
    }

    private static boolean viewOf(HactldProcess p, String... members) {
        java.util.Set<String> wanted = java.util.Set.of(members);
        return p.lines().stream().anyMatch(l -> l.text().contains("membership view")
                && LogLines.members(l.text()).equals(wanted));
    }

    private static boolean hasView(HactldProcess p, int size) {
        return p.lines().stream().anyMatch(l -> l.text().contains("membership view")
                && LogLines.members(l.text()).size() == size);
    }

    private HactldProcess start(NetnsLab lab, Path root, int node, String secret) throws Exception {
        Path dir = lab.writeConfig(root, node, secret, TIMINGS);
        return lab.start(node, dir, launcher, root.resolve(NetnsLab.nodeName(node) + ".log"));
    }

    @Test
    void cleanStopCrashHangAndLinkLoss() throws Exception {
        Path root = Files.createTempDirectory(Path.of("target"), "hactld-it");
        try (NetnsLab lab = NetnsLab.create(3)) {
            HactldProcess ast1 = start(lab, root, 1, "s3cret");
            await().atMost(timing.seconds(20)).until(() -> ast1.logged(l -> l.contains("hactld running")));
            HactldProcess ast2 = start(lab, root, 2, "s3cret");
            HactldProcess ast3 = start(lab, root, 3, "s3cret");
            await().atMost(timing.seconds(30)).until(() -> viewOf(ast1, "ast1", "ast2", "ast3")
                    && ast3.logged(l -> l.contains("hactld running")));

            // SIGTERM: a clean leave; peers say "left", never "dead".
            long t = System.nanoTime();
            ast3.signal("TERM");
            await().atMost(timing.seconds(10)).until(() -> ast1.first(t, l -> l.contains("node left cleanly")
                    && LogLines.about(l, "ast3")).isPresent());
            await().atMost(timing.seconds(10)).until(() -> !ast3.isAlive());
            assertThat(ast1.first(t, l -> l.contains("ast3 dead")).isPresent()).as("ast3 stopped cleanly, yet was declared dead").isFalse();

            // kill -9: the kernel closes its sockets; FD_SOCK2 notices long before deadtime.
            long killedAt = System.nanoTime();
            ast2.signal("KILL");
            HactldProcess.Line dead = await().atMost(timing.seconds(10)).until(
                    () -> ast1.first(killedAt, l -> l.contains("ast2 dead:")).orElse(null), java.util.Objects::nonNull);
            Duration crash = Duration.ofNanos(dead.readNanos() - killedAt);
            assertThat(crash).as("kill -9 detected within deadtime %s", DEADTIME).isLessThan(timing.of(DEADTIME));

            // SIGSTOP: hung but sockets open; only missing heartbeats can tell. Late first, then dead.
            HactldProcess ast2b = start(lab, root, 2, "s3cret");
            await().atMost(timing.seconds(30)).until(() -> viewOf(ast2b, "ast1", "ast2"));
            long stoppedAt = System.nanoTime();
            ast2b.signal("STOP");
            HactldProcess.Line hung = await().atMost(timing.seconds(10)).until(
                    () -> ast1.first(stoppedAt, l -> l.contains("ast2 dead:")).orElse(null), java.util.Objects::nonNull);
            assertThat(ast1.first(stoppedAt, l -> l.contains("late heartbeat from ast2"))).isPresent();
            assertThat(Duration.ofNanos(hung.readNanos() - stoppedAt)).as("hang detected by deadtime")
                    .isLessThan(timing.of(DEADTIME.plusMillis(700)));
            long resumedAt = System.nanoTime();
            ast2b.signal("CONT");
            await().atMost(timing.seconds(30)).until(() -> ast1.first(resumedAt,
                    l -> l.contains("node joined") && LogLines.about(l, "ast2")).isPresent());

            // Cable pulled: network loss, detected by deadtime; plugged back, the partition merges.
            long cutAt = System.nanoTime();
            lab.linkDown(2);
            HactldProcess.Line lost = await().atMost(timing.seconds(10)).until(
                    () -> ast1.first(cutAt, l -> l.contains("ast2 dead:")).orElse(null), java.util.Objects::nonNull);
            assertThat(Duration.ofNanos(lost.readNanos() - cutAt)).isLessThan(timing.of(DEADTIME.plusMillis(700)));
            long healedAt = System.nanoTime();
            lab.linkUp(2);
            await().atMost(timing.seconds(40)).until(() -> ast1.first(healedAt,
                    l -> l.contains("partition healed")).isPresent());
        }
    }

    @Test
    void wrongSecretNeverJoinsAndIsCounted() throws Exception {
        Path root = Files.createTempDirectory(Path.of("target"), "hactld-it");
        try (NetnsLab lab = NetnsLab.create(2)) {
            HactldProcess ast1 = start(lab, root, 1, "s3cret");
            await().atMost(timing.seconds(20)).until(() -> ast1.logged(l -> l.contains("hactld running")));
            HactldProcess intruder = start(lab, root, 2, "not-the-secret");
            await().atMost(timing.seconds(20)).until(() -> ast1.logged(l -> l.contains("dropped cluster datagram")
                    && l.contains("bad authenticator")));
            await().atMost(timing.seconds(20)).until(() -> intruder.logged(l -> l.contains("hactld running")));
            assertThat(hasView(ast1, 2)).as("a node with the wrong secret must never join").isFalse();
            assertThat(ast1.logged(l -> l.contains("node joined"))).isFalse();
        }
    }
}
