package io.hactl.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Real namespaces, veths and a bridge (needs root). */
@Tag("netns")
class NetworkLabIT {

    private final TestTiming timing = TestTiming.fromSystemProperties();
    private static final Path LOGS = Path.of("target", "lab-logs", "NetworkLabIT");

    @BeforeAll
    static void needsRoot() {
        assumeThat(NetworkLab.available()).as("root and iproute2").isTrue();
    }

    private static List<String> allNamespaces() {
        return Commands.run(List.of("ip", "netns", "list")).orThrow().output().lines()
                .map(l -> l.split(" ")[0]).toList();
    }

    @Test
    void hostsOnTheBridgeReachEachOtherUntilACableIsPulledAndNothingIsLeftAfterClose() {
        List<String> namespaces;
        try (NetworkLab lab = NetworkLab.create(2, LOGS)) {
            namespaces = lab.namespaces();
            Host ast1 = lab.node(1);
            assertThat(lab.nodes()).extracting(Host::name).containsExactly("ast1", "ast2");
            assertThat(lab.client().address()).isEqualTo("10.250.0.200");
            assertThat(allNamespaces()).containsAll(namespaces);

            assertThat(lab.exec(lab.client(), "ping", "-c", "1", "-W", "2", ast1.address()).succeeded()).isTrue();
            assertThat(lab.neighbour(lab.client(), ast1.address())).contains(lab.mac(ast1));

            lab.linkDown(ast1);
            assertThat(lab.exec(lab.client(), "ping", "-c", "1", "-W", "1", ast1.address()).succeeded())
                    .as("ast1 reachable with its cable pulled").isFalse();
            lab.linkUp(ast1);
            assertThat(lab.exec(lab.client(), "ping", "-c", "1", "-W", "2", ast1.address()).succeeded()).isTrue();
        }
        assertThat(allNamespaces()).doesNotContainAnyElementsOf(namespaces);
    }

    @Test
    void closeKillsTheLabsProcessGroupsAndNothingElse() throws Exception {
        Process outsider = new ProcessBuilder("sleep", "600").start();
        try {
            LabProcess inside;
            long forked;
            try (NetworkLab lab = NetworkLab.create(1, LOGS)) {
                // The shell forks a sleep that it does not wait for: it must die with the group.
                inside = lab.start(lab.node(1), "sleeper", List.of("sh", "-c", "sleep 600 & echo $!; exec sleep 600"));
                await().atMost(timing.seconds(5)).until(() -> inside.lines().size() == 1);
                forked = Long.parseLong(inside.lines().get(0).text().strip());
                assertThat(ProcessHandle.of(forked)).isPresent();
            }
            assertThat(inside.isAlive()).isFalse();
            await().atMost(timing.seconds(5)).until(() -> ProcessHandle.of(forked).map(p -> !p.isAlive()).orElse(true));
            assertThat(outsider.isAlive()).as("a process outside the lab").isTrue();
        } finally {
            outsider.destroyForcibly();
        }
    }

    @Test
    void sweepRemovesWhatADeadRunLeftAndKeepsALiveRunsNamespaces() {
        String suffix = Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100000, 0xffffff));
        String deadRuns = StaleNamespaces.PREFIX + StaleNamespacesTest.deadPid() + "-" + suffix + "-ast1";
        String liveRuns = StaleNamespaces.PREFIX + ProcessHandle.current().pid() + "-" + suffix + "-ast1";
        Commands.run(List.of("ip", "netns", "add", deadRuns)).orThrow();
        Commands.run(List.of("ip", "netns", "add", liveRuns)).orThrow();
        try {
            Process leftover = startIn(deadRuns);
            await().atMost(timing.seconds(5)).until(() -> Commands.run(List.of("ip", "netns", "pids", deadRuns))
                    .output().contains(Long.toString(leftover.pid())));
            List<String> removed = new StaleNamespaces(Duration.ZERO, Duration.ofDays(1), Clock.systemUTC()).sweep();

            assertThat(removed).contains(deadRuns).doesNotContain(liveRuns);
            assertThat(allNamespaces()).doesNotContain(deadRuns).contains(liveRuns);
            await().atMost(timing.seconds(5)).until(() -> !leftover.isAlive());
        } finally {
            Commands.run(List.of("ip", "netns", "del", deadRuns));
            Commands.run(List.of("ip", "netns", "del", liveRuns));
        }
    }

    private static Process startIn(String namespace) {
        try {
            return new ProcessBuilder("ip", "netns", "exec", namespace, "sleep", "600").start();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
