package io.hactl.executor;

import io.hactl.cib.PacemakerDuration;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.apache.commons.exec.CommandLine;
import org.apache.commons.exec.DefaultExecutor;
import org.apache.commons.exec.ExecuteException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one agent process to completion or timeout. Each agent is started as {@code setsid SCRIPT ARGS…}
 * so that it leads its own process group; on timeout the whole group gets TERM, then KILL after the
 * grace period, and the run waits until the group is gone before it reports {@link ExecStatus#TIMEOUT}.
 *
 * <p>No {@code ShutdownHookProcessDestroyer} is registered: stopping the daemon must never take the
 * services down with it (systemd's {@code KillMode=process} keeps the same promise).
 */
final class AgentRunner {
    private static final Logger log = LoggerFactory.getLogger(AgentRunner.class);

    /** How long the pipes may stay open after the agent exited (see {@link CapturingStreams}). */
    private static final Duration DRAIN = Duration.ofSeconds(2);
    /** How often to look whether a signalled group has gone; only while handling a timeout. */
    private static final Duration GROUP_POLL = Duration.ofMillis(20);
    /** How long to wait for a KILLed group to disappear before reporting it as left behind. */
    private static final Duration KILL_SETTLE = Duration.ofSeconds(5);

    private final Scheduling scheduling;
    private final ExecutorService pumps;
    private final ExecutorSettings settings;
    private final String setsid;

    AgentRunner(Scheduling scheduling, ExecutorService pumps, ExecutorSettings settings) {
        this.scheduling = scheduling;
        this.pumps = pumps;
        this.settings = settings;
        this.setsid = settings.setsid().toString();
    }

    AgentRun run(String resource, AgentInvocation invocation, Duration timeout) {
        Clock clock = scheduling.clock();
        Instant started = clock.instant();
        String missing = whyNotInstalled(invocation.script());
        if (missing != null) {
            return new AgentRun(ExecStatus.NOT_INSTALLED, 5, started, Duration.ZERO, AgentOutput.NONE, "", missing);
        }
        AtomicReference<String> exitReason = new AtomicReference<>("");
        OutputLog outputLog = new OutputLog(resource);
        OutputTail stdout = new OutputTail(settings.outputLimitChars(), line -> outputLog.line("stdout", line));
        OutputTail stderr = new OutputTail(settings.outputLimitChars(), line -> {
            if (line.startsWith(AgentInvocation.EXIT_REASON_PREFIX)) {
                exitReason.set(ExitReasons.clean(line.substring(AgentInvocation.EXIT_REASON_PREFIX.length())));
            }
            outputLog.line("stderr", line);
        });
        CapturingStreams streams = new CapturingStreams(pumps, DRAIN, stdout, stderr);
        AtomicBoolean timedOut = new AtomicBoolean();
        AtomicReference<Scheduling.Cancellable> timerRef = new AtomicReference<>(() -> { });
        // The timer starts once the process exists, so a timeout always finds a group to signal.
        SessionLauncher launcher = new SessionLauncher(streams, process -> timerRef.set(
                scheduling.schedule(() -> onTimeout(resource, process, timedOut), timeout)));
        CommandLine command = new CommandLine(setsid);
        for (String part : invocation.commandLine()) {
            command.addArgument(part, false);
        }
        int exitCode;
        try {
            exitCode = launcher.execute(command, invocation.environment());
        } catch (ExecuteException e) {
            exitCode = e.getExitValue();
        } catch (IOException e) {
            timerRef.get().cancel();
            return new AgentRun(ExecStatus.ERROR, 1, started, Duration.between(started, clock.instant()),
                    AgentOutput.NONE, "", "cannot start " + invocation.script() + ": " + e.getMessage());
        } finally {
            timerRef.get().cancel();
        }
        if (timedOut.get()) {
            launcher.group().ifPresent(group -> waitUntilGone(resource, group));
        }
        Duration ran = Duration.between(started, clock.instant());
        if (!streams.drainedInTime()) {
            log.atWarn().addKeyValue("resource", resource).addKeyValue("agent", invocation.agent())
                    .log("agent left a process behind that still holds its output open; it should redirect a"
                            + " service's stdout/stderr");
        }
        AgentOutput output = new AgentOutput(stdout.lines(), stderr.lines(),
                stdout.droppedLines() + stderr.droppedLines());
        ExecStatus status = timedOut.get() ? ExecStatus.TIMEOUT : ExecStatus.DONE;
        String detail = timedOut.get() ? "timed out after " + timeout.toMillis() + "ms" : "";
        return new AgentRun(status, exitCode, started, ran, output, exitReason.get(), detail);
    }

    /** Runs on the scheduling thread: TERM now, KILL after the grace period if anything of the group is left. */
    private void onTimeout(String resource, Process agent, AtomicBoolean timedOut) {
        if (!agent.isAlive()) {
            return; // it finished just as the timer fired: its exit code stands
        }
        timedOut.set(true);
        ProcessGroup group = new ProcessGroup(agent.pid());
        log.atWarn().addKeyValue("resource", resource).addKeyValue("pgid", group.pgid())
                .log("operation timed out; sending TERM to the agent's process group");
        group.signal("TERM");
        scheduling.schedule(() -> {
            if (group.isAlive()) {
                log.atWarn().addKeyValue("resource", resource).addKeyValue("pgid", group.pgid())
                        .addKeyValue("grace", PacemakerDuration.format(settings.killGrace()))
                        .log("agent's process group survived TERM; sending KILL");
                group.signal("KILL");
            }
        }, settings.killGrace());
    }

    /**
     * After a timeout the leader is gone but its children may not be; report only once they are, so the
     * next operation on the resource (usually a stop) never races the leftovers. A short poll of /proc,
     * bounded by the grace period: the kernel offers no notification for a process group emptying.
     */
    private void waitUntilGone(String resource, ProcessGroup group) {
        long deadline = System.nanoTime() + settings.killGrace().plus(KILL_SETTLE).toNanos();
        while (group.isAlive() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(GROUP_POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (group.isAlive()) {
            log.atError().addKeyValue("resource", resource).addKeyValue("pgid", group.pgid())
                    .addKeyValue("pids", group.members())
                    .log("processes of a timed-out agent survived KILL (uninterruptible sleep?)");
        }
    }

    /** Null when the script can be run; otherwise the reason, naming the path as the admin must fix it. */
    static String whyNotInstalled(Path script) {
        if (!Files.exists(script)) {
            return "agent not installed: " + script + " does not exist";
        }
        if (!Files.isRegularFile(script) || !Files.isExecutable(script)) {
            return "agent not installed: " + script + " is not an executable file";
        }
        return null;
    }

    /** Commons Exec's executor, remembering the process it launched so the timeout can find its group. */
    private static final class SessionLauncher extends DefaultExecutor {
        private final AtomicReference<Process> process = new AtomicReference<>();
        private final Consumer<Process> onLaunch;

        SessionLauncher(CapturingStreams streams, Consumer<Process> onLaunch) {
            this.onLaunch = onLaunch;
            setStreamHandler(streams);
            setExitValues(null); // every exit code is an answer, not an exception
        }

        @Override
        protected Process launch(CommandLine command, Map<String, String> env, File dir) throws IOException {
            Process launched = super.launch(command, env, dir);
            process.set(launched);
            onLaunch.accept(launched);
            return launched;
        }

        /** setsid execs the agent in place (we are not a group leader), so the pid is the new group's id. */
        Optional<ProcessGroup> group() {
            return Optional.ofNullable(process.get()).map(launched -> new ProcessGroup(launched.pid()));
        }
    }
}
