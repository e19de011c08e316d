package io.hactl.executor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hactl.testing.TestTiming;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Agents that misbehave: hang, ignore TERM, flood their output. None may leave a process or exhaust memory. */
class RunawayAgentIT {
    private final TestTiming timing = TestTiming.fromSystemProperties();

    @TempDir
    Path tmp;
    private TestAgents agents;
    private ThreadScheduling scheduling;
    private ResourceExecutor executor;

    @BeforeEach
    void start() {
        agents = new TestAgents(tmp);
        scheduling = ThreadScheduling.systemClock();
        executor = new ResourceExecutor(agents.directories,
                ExecutorSettings.defaults().withKillGrace(Duration.ofMillis(500)).withOutputLimitChars(16 * 1024),
                scheduling, System.getenv());
    }

    @AfterEach
    void stop() {
        executor.close();
        scheduling.close();
    }

    @Test
    void aHungAgentTimesOutAndItsWholeProcessGroupIsGone() throws Exception {
        Path pids = tmp.resolve("pids");
        // The agent forks a child that would outlive it, records both pids, says something, then hangs.
        agents.ocf("test", "hang", "sleep 1000 &\necho \"$$ $!\" > " + pids + "\necho 'checking the service'\n"
                + "echo 'still waiting for the service' >&2\nwait");

        OperationResult result = executor.execute(Primitive.of("stuck", "ocf:test:hang", Map.of()),
                Operation.of("monitor", Duration.ofMillis(700))).join();

        assertThat(result.status()).isEqualTo(ExecStatus.TIMEOUT);
        assertThat(result.outcome()).startsWith("TIMEOUT").contains("timed out after 700ms");
        assertThat(result.ran()).isGreaterThanOrEqualTo(Duration.ofMillis(700));
        assertThat(result.output().lastLines(2)).containsExactly("checking the service", "still waiting for the service");
        List<Long> started = List.of(Files.readString(pids).strip().split(" ")).stream().map(Long::parseLong).toList();
        ProcessGroup group = new ProcessGroup(started.get(0));
        assertThat(group.isAlive()).as("process group %s after the timeout: %s", group.pgid(), group.members()).isFalse();
        assertThat(isRunning(started.get(1))).as("the forked sleep is running").isFalse();
    }

    @Test
    void anAgentThatIgnoresTermIsKilledAfterTheGracePeriod() throws Exception {
        Path pids = tmp.resolve("pids");
        agents.ocf("test", "stubborn", "trap '' TERM\n(trap '' TERM; exec sleep 1000) &\necho $$ > " + pids + "\n"
                + "while :; do sleep 0.1; done");

        OperationResult result = executor.execute(Primitive.of("stubborn", "ocf:test:stubborn", Map.of()),
                Operation.of("stop", Duration.ofMillis(500))).join();

        assertThat(result.status()).isEqualTo(ExecStatus.TIMEOUT);
        assertThat(result.ran()).as("TERM was ignored, KILL came after the grace").isGreaterThanOrEqualTo(Duration.ofMillis(1000));
        ProcessGroup group = new ProcessGroup(Long.parseLong(Files.readString(pids).strip()));
        await().atMost(timing.seconds(2)).until(() -> !group.isAlive());
    }

    @Test
    void megabytesOfOutputAreBoundedAndTheEndIsKept() {
        // 40 MB on stdout and 8 MB on stderr, then the lines that matter.
        agents.ocf("test", "chatty", "yes 'a line of noise from a chatty agent' | head -c 40000000; echo\n"
                + "(yes 'noise on stderr' | head -c 8000000; echo) >&2\n"
                + "echo 'last words'\necho 'ocf-exit-reason:service crashed' >&2\nexit 1");
        long heapBefore = usedHeap();

        OperationResult result = executor.execute(Primitive.of("chatty", "ocf:test:chatty", Map.of()),
                Operation.of("monitor", Duration.ofSeconds(30))).join();

        assertThat(result.status()).isEqualTo(ExecStatus.DONE);
        assertThat(result.rc()).isEqualTo(OcfRc.GENERIC_ERROR);
        assertThat(result.exitReason()).isEqualTo("service crashed");
        assertThat(result.output().stdout()).last().isEqualTo("last words");
        assertThat(result.output().stdout().stream().mapToInt(String::length).sum()).isLessThanOrEqualTo(16 * 1024);
        assertThat(result.output().stderr().stream().mapToInt(String::length).sum()).isLessThanOrEqualTo(16 * 1024);
        assertThat(result.output().droppedLines()).isGreaterThan(1_000_000);
        assertThat(usedHeap() - heapBefore).as("heap growth (bytes) while capturing 48 MB").isLessThan(32L << 20);
    }

    @Test
    void aServiceThatKeepsTheAgentsOutputOpenDoesNotHoldTheOperation() throws Exception {
        // A careless agent: the service it starts inherits its stdout and keeps it open for 30 s.
        Path service = tmp.resolve("service.pid");
        agents.ocf("test", "careless", "sleep 30 &\necho $! > " + service + "\necho started\nexit 0");

        OperationResult result = executor.execute(Primitive.of("careless", "ocf:test:careless", Map.of()),
                Operation.of("start", Duration.ofSeconds(20))).join();

        assertThat(result.answered(OcfRc.OK)).as(result.outcome()).isTrue();
        assertThat(result.ran()).as("over when the agent exits, not when the service closes the pipe")
                .isLessThan(Duration.ofSeconds(10));
        assertThat(result.output().stdout()).containsExactly("started");
        long pid = Long.parseLong(Files.readString(service).strip());
        assertThat(isRunning(pid)).as("the service lives on").isTrue();
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
    }

    /** Running, not merely a zombie waiting for a parent (ProcessHandle counts zombies as alive). */
    private static boolean isRunning(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return !stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
