package io.hactl.lab;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A long-running process started inside a lab namespace as {@code ip netns exec NS setsid COMMAND…}. Both
 * {@code ip netns exec} and {@code setsid} exec (setsid forks only when its caller already leads a process group,
 * which a JVM's child never does), so {@link #pid()} is the command's own pid and it leads a process group of its
 * own: signals go to that group, so a kamailio's worker processes die with it and nothing outside is touched.
 *
 * <p>Output lines (stdout and stderr together) are copied to a log file and kept with the wall-clock instant this
 * JVM read them. The listener, if any, is called on the reader thread, one line at a time, in order.
 */
public final class LabProcess {

    /**
     * A line the process printed and when it was read: wall clock (comparable with other processes' instants) and
     * monotonic {@code System.nanoTime()} (for durations within this JVM).
     */
    public record Line(Instant read, long readNanos, String text) {}

    /** The signals the lab sends: crash, hang, resume, polite stop. */
    public enum Signal { KILL, STOP, CONT, TERM }

    private final String name;
    private final Process process;
    private final List<Line> lines = new CopyOnWriteArrayList<>();

    private LabProcess(String name, Process process) {
        this.name = name;
        this.process = process;
    }

    static LabProcess start(String name, String namespace, List<String> command, Map<String, String> environment,
                            Path log, Consumer<String> listener) {
        List<String> full = new ArrayList<>(List.of("ip", "netns", "exec", namespace, "setsid"));
        full.addAll(command);
        Process process;
        PrintWriter file;
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            file = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true);
            ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true);
            builder.environment().putAll(environment); // ip netns exec and setsid pass the environment on
            process = builder.start();
        } catch (IOException e) {
            throw new LabException("cannot start " + String.join(" ", full), e);
        }
        LabProcess p = new LabProcess(name, process);
        Thread reader = new Thread(() -> p.copyOutput(file, listener), "lab-output-" + name + "-" + process.pid());
        reader.setDaemon(true);
        reader.start();
        return p;
    }

    private void copyOutput(PrintWriter file, Consumer<String> listener) {
        try (file; BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String text;
            while ((text = in.readLine()) != null) {
                lines.add(new Line(Instant.now(), System.nanoTime(), text));
                file.println(text);
                listener.accept(text);
            }
        } catch (IOException e) {
            // the process is gone: its pipe closed
        }
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public List<Line> lines() {
        return lines;
    }

    public boolean logged(Predicate<String> test) {
        return lines.stream().anyMatch(l -> test.test(l.text()));
    }

    /** The first line read at or after {@code sinceNanos} ({@code System.nanoTime()}) that matches. */
    public Optional<Line> first(long sinceNanos, Predicate<String> test) {
        return lines.stream().filter(l -> l.readNanos() >= sinceNanos && test.test(l.text())).findFirst();
    }

    /** The first line read at or after {@code since} that matches. */
    public Optional<Line> first(Instant since, Predicate<String> test) {
        return lines.stream().filter(l -> !l.read().isBefore(since) && test.test(l.text())).findFirst();
    }

    /** Sends {@code signal} to this process's group (the process and whatever it forked), never further. */
    public void signal(Signal signal) {
        if (isAlive()) {
            Commands.run(List.of("kill", "-s", signal.name(), "--", "-" + pid()));
        }
    }

    /** Waits for the process to exit by itself; true if it did within {@code timeout}. */
    public boolean awaitExit(java.time.Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public int exitCode() {
        return process.exitValue();
    }

    /** Kills the group (SIGCONT first, in case a test stopped it: a stopped process still dies, its group too). */
    void destroy() {
        // Signalled even when the leader has exited: workers it left behind keep the group (and so its id) alive,
        // and an empty group just makes kill fail with "no such process".
        try {
            Commands.run(List.of("kill", "-s", "CONT", "--", "-" + pid()));
            Commands.run(List.of("kill", "-s", "KILL", "--", "-" + pid()));
        } catch (LabException e) {
            process.destroyForcibly();
        }
        awaitExit(java.time.Duration.ofSeconds(5));
    }
}
