package io.hactl.executor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hactl.testing.TestTiming;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real shell agents run through the executor: results, environment, queues and recurring monitors. */
class ResourceExecutorIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private final TestTiming timing = TestTiming.fromSystemProperties();

    @TempDir
    Path tmp;
    private TestAgents agents;
    private ThreadScheduling scheduling;
    private ResourceExecutor executor;
    private final List<OperationResult> heard = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        agents = new TestAgents(tmp);
        scheduling = ThreadScheduling.systemClock();
        executor = new ResourceExecutor(agents.directories, ExecutorSettings.defaults(), scheduling, System.getenv());
        executor.subscribe(heard::add);
    }

    @AfterEach
    void stop() {
        executor.close();
        scheduling.close();
    }

    private OperationResult run(Primitive resource, String action) {
        return executor.execute(resource, Operation.of(action, TIMEOUT)).join();
    }

    @Test
    void clusterLabsDummyRunsUnmodified() {
        ResourceExecutor clusterLabs = new ResourceExecutor(AgentDirectories.standard(), ExecutorSettings.defaults(),
                scheduling, System.getenv());
        Primitive dummy = Primitive.of("cl-dummy-" + ProcessHandle.current().pid(), "ocf:heartbeat:Dummy",
                Map.of("state", tmp.resolve("cl-dummy.state").toString()));
        try {
            List<OcfRc> answers = List.of("start", "monitor", "stop", "monitor").stream()
                    .map(action -> clusterLabs.execute(dummy, Operation.of(action, TIMEOUT)).join())
                    .peek(result -> assertThat(result.status()).as(result.outcome()).isEqualTo(ExecStatus.DONE))
                    .map(OperationResult::rc).toList();

            assertThat(answers).containsExactly(OcfRc.OK, OcfRc.OK, OcfRc.OK, OcfRc.NOT_RUNNING);
        } finally {
            clusterLabs.close();
        }
    }

    @Test
    void ourDummyFromTheSourceTreeAnswersLikeClusterLabsOne() {
        ResourceExecutor ours = new ResourceExecutor(TestAgents.sourceTree(), ExecutorSettings.defaults(), scheduling,
                System.getenv());
        Primitive dummy = Primitive.of("dummy", "ocf:hactl:Dummy", Map.of("state", tmp.resolve("d.state").toString()));
        try {
            List<OcfRc> answers = List.of("monitor", "start", "start", "monitor", "stop", "stop", "monitor").stream()
                    .map(action -> ours.execute(dummy, Operation.of(action, TIMEOUT)).join().rc()).toList();

            assertThat(answers).containsExactly(OcfRc.NOT_RUNNING, OcfRc.OK, OcfRc.OK, OcfRc.OK, OcfRc.OK, OcfRc.OK,
                    OcfRc.NOT_RUNNING);
        } finally {
            ours.close();
        }
    }

    @Test
    void agentsSeeTheOcfEnvironmentAndTheirExitReasonIsKept() throws Exception {
        Path envFile = tmp.resolve("env");
        agents.ocf("test", "envdump", "env > " + envFile + "\n"
                + "echo 'ocf-exit-reason:first try' >&2\n"
                + "echo 'ocf-exit-reason:disk /srv is full' >&2\nexit 6");
        Primitive resource = Primitive.of("web", "ocf:test:envdump", Map.of("docroot", "/srv/www"));

        OperationResult result = executor.execute(resource,
                new Operation("monitor", Duration.ofSeconds(30), Duration.ofSeconds(10), Duration.ZERO, 20)).join();

        assertThat(result.status()).isEqualTo(ExecStatus.DONE);
        assertThat(result.rc()).isEqualTo(OcfRc.NOT_CONFIGURED);
        assertThat(result.exitReason()).as("the last reason wins").isEqualTo("disk /srv is full");
        assertThat(Files.readAllLines(envFile)).contains(
                "OCF_RESOURCE_INSTANCE=web", "OCF_RESOURCE_TYPE=envdump", "OCF_RESOURCE_PROVIDER=test",
                "OCF_RESKEY_docroot=/srv/www", "OCF_RESKEY_CRM_meta_timeout=30000",
                "OCF_RESKEY_CRM_meta_interval=10000", "OCF_CHECK_LEVEL=20", "OCF_RA_VERSION_MAJOR=1",
                "OCF_ROOT=" + agents.directories.ocfRoot(), "OCF_EXIT_REASON_PREFIX=ocf-exit-reason:");
    }

    @Test
    void lsbScriptsAreReadWithLsbStatusCodes() {
        agents.lsb("asterisk", "case $1 in status) echo 'asterisk is stopped'; exit 3;; start) exit 0;; *) exit 8;; esac");
        Primitive pbx = Primitive.of("failover-asterisk", "lsb:asterisk", Map.of());

        assertThat(run(pbx, "monitor").rc()).isEqualTo(OcfRc.NOT_RUNNING);
        assertThat(run(pbx, "start").rc()).isEqualTo(OcfRc.OK);
        assertThat(run(pbx, "stop").rc()).as("8 is no LSB action code").isEqualTo(OcfRc.GENERIC_ERROR);
    }

    @Test
    void heartbeatScriptsGetPositionalArgumentsAndStatusIsReadFromStdout() {
        Path args = tmp.resolve("args");
        agents.heartbeat("IPaddr", "echo \"$@\" > " + args + "\n"
                + "case $3 in status) echo 'running'; exit 1;; *) exit 0;; esac");
        Primitive vip = new Primitive("IPaddr_10_0_0_1", AgentRef.heartbeat("IPaddr"),
                Map.of("1", "10.0.0.1/24", "2", "eth0"));

        OperationResult status = run(vip, "monitor");

        assertThat(status.rc()).as("exit code 1 is ignored; stdout says running").isEqualTo(OcfRc.OK);
        assertThat(status.exitCode()).isEqualTo(1);
        assertThat(agents.file("args")).hasContent("10.0.0.1/24 eth0 status");
    }

    @Test
    void aMissingOrNonExecutableAgentIsNotInstalledWithItsPath() throws Exception {
        Path script = agents.ocf("test", "noexec", "exit 0");
        Files.setPosixFilePermissions(script, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));

        OperationResult missing = run(Primitive.of("a", "ocf:test:absent", Map.of()), "start");
        OperationResult notExecutable = run(Primitive.of("b", "ocf:test:noexec", Map.of()), "start");

        assertThat(missing.status()).isEqualTo(ExecStatus.NOT_INSTALLED);
        assertThat(missing.rc()).isEqualTo(OcfRc.NOT_INSTALLED);
        assertThat(missing.detail()).contains(agents.directories.providerDir("test").resolve("absent").toString())
                .contains("does not exist");
        assertThat(notExecutable.status()).isEqualTo(ExecStatus.NOT_INSTALLED);
        assertThat(notExecutable.detail()).contains(script.toString()).contains("not an executable");
    }

    @Test
    void operationsOnOneResourceRunOneAtATime() {
        // mkdir is atomic: a second run overlapping the first would find the directory and fail.
        Path busy = tmp.resolve("busy");
        agents.ocf("test", "exclusive", "mkdir " + busy + " || exit 1\nsleep 0.2\nrmdir " + busy);
        Primitive resource = Primitive.of("db", "ocf:test:exclusive", Map.of());

        List<CompletableFuture<OperationResult>> runs = List.of(
                executor.execute(resource, Operation.of("start", TIMEOUT)),
                executor.execute(resource, Operation.of("monitor", TIMEOUT)),
                executor.execute(resource, Operation.of("monitor", TIMEOUT)));

        assertThat(runs).extracting(run -> run.join().rc()).containsOnly(OcfRc.OK);
        assertThat(runs.get(2).join().queued()).as("the last one waited for the two before it")
                .isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void differentResourcesRunInParallel() {
        // Each agent waits (bounded) for the other to have started: only possible if they run at once.
        String body = "touch " + tmp + "/$OCF_RESOURCE_INSTANCE.started\n"
                + "i=0; while [ ! -e " + tmp + "/$OCF_RESKEY_other.started ]; do\n"
                + "  i=$((i+1)); [ $i -gt 100 ] && exit 1; sleep 0.05; done\nexit 0";
        agents.ocf("test", "rendezvous", body);

        CompletableFuture<OperationResult> a = executor.execute(
                Primitive.of("a", "ocf:test:rendezvous", Map.of("other", "b")), Operation.of("start", TIMEOUT));
        CompletableFuture<OperationResult> b = executor.execute(
                Primitive.of("b", "ocf:test:rendezvous", Map.of("other", "a")), Operation.of("start", TIMEOUT));

        assertThat(List.of(a.join().rc(), b.join().rc())).containsOnly(OcfRc.OK);
    }

    @Test
    void recurringMonitorsReportChangesAndStopCancelsThem() throws Exception {
        Path state = tmp.resolve("m.state");
        Path runs = tmp.resolve("runs");
        agents.ocf("test", "stateful", "echo run >> " + runs + "\n"
                + "case $1 in start) touch " + state + ";; stop) rm -f " + state + ";;\n"
                + "monitor) [ -f " + state + " ] || exit 7;; esac\nexit 0");
        Primitive resource = Primitive.of("svc", "ocf:test:stateful", Map.of());
        assertThat(run(resource, "start").rc()).isEqualTo(OcfRc.OK);

        executor.startMonitor(resource, Operation.monitor(Duration.ofMillis(100), TIMEOUT));
        await().atMost(timing.seconds(5)).until(() -> monitorResults().size() == 1);
        await().atMost(timing.seconds(5)).until(() -> Files.readAllLines(runs).size() >= 4);
        assertThat(monitorResults()).as("an unchanged outcome is reported once").hasSize(1);

        Files.delete(state); // the service died behind the cluster's back
        await().atMost(timing.seconds(5)).until(() -> monitorResults().size() == 2);
        assertThat(monitorResults().get(1).rc()).isEqualTo(OcfRc.NOT_RUNNING);

        assertThat(run(resource, "stop").rc()).isEqualTo(OcfRc.OK);
        assertThat(executor.monitorsOf("svc")).isEmpty();
        long runsAfterStop = Files.readAllLines(runs).size();
        await().during(timing.of(Duration.ofMillis(500))).atMost(timing.seconds(2))
                .until(() -> Files.readAllLines(runs).size() == runsAfterStop);
    }

    @Test
    void startDelayPostponesTheFirstMonitor() {
        agents.ocf("test", "ok", "exit 0");
        Primitive resource = Primitive.of("late", "ocf:test:ok", Map.of());

        executor.startMonitor(resource, Operation.monitor(Duration.ofSeconds(5), TIMEOUT)
                .withStartDelay(Duration.ofMillis(700)));

        await().during(timing.of(Duration.ofMillis(400))).atMost(timing.seconds(1)).until(() -> monitorResults().isEmpty());
        await().atMost(timing.seconds(3)).until(() -> monitorResults().size() == 1);
        executor.cancelMonitors("late");
    }

    @Test
    void closingTheExecutorKillsNothingAndLetsRunningAgentsFinish() throws Exception {
        // Like stopping hactld: services the agents started must live on (KillMode=process in the unit).
        Path service = tmp.resolve("service.pid");
        Path done = tmp.resolve("done");
        agents.ocf("test", "slowstart", "sleep 1000 </dev/null >/dev/null 2>&1 &\necho $! > " + service + "\n"
                + "sleep 0.5\ntouch " + done);
        CompletableFuture<OperationResult> start = executor.execute(Primitive.of("svc", "ocf:test:slowstart", Map.of()),
                Operation.of("start", TIMEOUT));
        await().atMost(timing.seconds(5)).until(() -> Files.exists(service) && Files.size(service) > 0);

        executor.close();

        assertThat(start.join().rc()).isEqualTo(OcfRc.OK);
        assertThat(done).exists();
        ProcessHandle serviceProcess = ProcessHandle.of(Long.parseLong(Files.readString(service).strip())).orElseThrow();
        assertThat(serviceProcess.isAlive()).as("the service the agent started").isTrue();
        serviceProcess.destroyForcibly();
    }

    @Test
    void operationsAskedForAfterCloseAreCancelledNotLost() {
        agents.ocf("test", "ok", "exit 0");
        executor.close();

        OperationResult late = executor.execute(Primitive.of("late", "ocf:test:ok", Map.of()),
                Operation.of("start", TIMEOUT)).join();

        assertThat(late.status()).isEqualTo(ExecStatus.CANCELLED);
    }

    private List<OperationResult> monitorResults() {
        return heard.stream().filter(r -> r.operation().isRecurring()).toList();
    }
}
