package io.hactl.daemon;

import io.hactl.config.Respawn;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ha.cf's {@code respawn USER PROGRAM [ARGS…]}: programs hactld starts with itself, as USER, and restarts when they
 * exit, as Heartbeat did. Exit status 100 means "do not restart me". A program that keeps dying young is given up
 * on, loudly, instead of being restarted forever. Stopping hactld stops them (SIGTERM).
 */
public final class Respawner implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Respawner.class);

    /** Heartbeat's "do not respawn" exit status. */
    static final int DO_NOT_RESPAWN = 100;
    /** A program that exits sooner than this after starting has "died young". */
    static final Duration YOUNG = Duration.ofSeconds(10);
    /** After this many young deaths in a row it is not restarted again. */
    static final int MAX_YOUNG_DEATHS = 5;

    private final Map<String, String> environment;
    private final Duration restartDelay;
    private final Clock clock;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "hactl-respawn");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Supervised> supervised = new ArrayList<>();
    private volatile boolean stopping;

    /**
     * @param environment  ha.cf's {@code env NAME=VALUE} lines, added to hactld's own environment
     * @param restartDelay how long after an exit the program is started again
     */
    public Respawner(Map<String, String> environment, Duration restartDelay, Clock clock) {
        this.environment = Map.copyOf(environment);
        this.restartDelay = restartDelay;
        this.clock = clock;
    }

    public synchronized void start(List<Respawn> programs) {
        for (Respawn program : programs) {
            Supervised s = new Supervised(program);
            supervised.add(s);
            timer.execute(s::launch);
        }
    }

    /** The PIDs of the programs running now, for tests and status. */
    public synchronized List<Long> runningPids() {
        return supervised.stream().map(s -> s.process).filter(p -> p != null && p.isAlive()).map(Process::pid).toList();
    }

    @Override
    public synchronized void close() {
        stopping = true;
        timer.shutdownNow();
        for (Supervised s : supervised) {
            Process process = s.process;
            if (process != null && process.isAlive()) {
                process.destroy();
            }
        }
    }

    /** One respawned program; its state is touched only on the timer thread ({@link #close} only reads it). */
    private final class Supervised {
        final Respawn program;
        volatile Process process;
        Instant startedAt;
        int youngDeaths;

        Supervised(Respawn program) {
            this.program = program;
        }

        void launch() {
            if (stopping) {
                return;
            }
            List<String> command = new ArrayList<>();
            if (!program.user().equals(System.getProperty("user.name"))) {
                // runuser (util-linux) switches user without a password or a PAM session, as a daemon needs.
                command.addAll(List.of("runuser", "-u", program.user(), "--"));
            }
            command.addAll(program.command());
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().putAll(environment);
            try {
                process = builder.start();
            } catch (IOException e) {
                log.atError().addKeyValue("program", program.command().get(0)).log("respawn: cannot start: " + e.getMessage());
                return;
            }
            startedAt = clock.instant();
            log.atInfo().addKeyValue("program", program.command().get(0)).addKeyValue("user", program.user())
                    .addKeyValue("pid", process.pid()).log("respawn: started");
            Process started = process;
            Thread output = new Thread(() -> relay(started), "respawn-output-" + started.pid());
            output.setDaemon(true);
            output.start();
            // Handled on the timer thread, like launch(), so a program's state has a single owner.
            started.onExit().thenAcceptAsync(this::exited, timer);
        }

        private void relay(Process started) {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(started.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    log.atInfo().addKeyValue("program", program.command().get(0)).log(line);
                }
            } catch (IOException e) {
                // the program is gone
            }
        }

        private void exited(Process gone) {
            if (stopping) {
                return;
            }
            int status = gone.exitValue();
            String name = program.command().get(0);
            if (status == DO_NOT_RESPAWN) {
                log.atInfo().addKeyValue("program", name).log("respawn: exited with 100, not restarted");
                return;
            }
            boolean young = Duration.between(startedAt, clock.instant()).compareTo(YOUNG) < 0;
            youngDeaths = young ? youngDeaths + 1 : 0;
            if (youngDeaths >= MAX_YOUNG_DEATHS) {
                log.atError().addKeyValue("program", name).log("respawn: exited " + youngDeaths
                        + " times within " + YOUNG.toSeconds() + " s of starting; not restarted again until hactld restarts");
                return;
            }
            log.atWarn().addKeyValue("program", name).addKeyValue("status", status).log("respawn: exited; restarting");
            timer.schedule(this::launch, restartDelay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }
}
