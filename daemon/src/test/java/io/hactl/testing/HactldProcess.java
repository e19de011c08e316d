package io.hactl.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * One real hactld process. Its log lines (stderr and stdout) are copied to a file and kept in memory, each with
 * the monotonic time it was read, so a test can measure from "fault injected" to "line logged".
 */
public final class HactldProcess {

    /** A log line and when this JVM read it ({@code System.nanoTime}). */
    public record Line(long readNanos, String text) {}

    private final Process process;
    private final List<Line> lines = new CopyOnWriteArrayList<>();

    private HactldProcess(Process process) {
        this.process = process;
    }

    static HactldProcess start(List<String> command, Path log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        HactldProcess p = new HactldProcess(builder.start());
        Files.createDirectories(log.getParent());
        PrintWriter file = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true);
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.process.getInputStream(), StandardCharsets.UTF_8))) {
                String text;
                while ((text = in.readLine()) != null) {
                    p.lines.add(new Line(System.nanoTime(), text));
                    file.println(text);
                }
            } catch (IOException e) {
                // process gone
            } finally {
                file.close();
            }
        }, "log-reader-" + p.pid());
        reader.setDaemon(true);
        reader.start();
        return p;
    }

    /** The JVM's pid: {@code ip netns exec} and both launchers exec, so the pid started is java's. */
    public long pid() {
        return process.pid();
    }

    public List<Line> lines() {
        return lines;
    }

    /** The first line after {@code sinceNanos} matching {@code test}. */
    public Optional<Line> first(long sinceNanos, Predicate<String> test) {
        return lines.stream().filter(l -> l.readNanos() >= sinceNanos && test.test(l.text())).findFirst();
    }

    public boolean logged(Predicate<String> test) {
        return lines.stream().anyMatch(l -> test.test(l.text()));
    }

    public void signal(String signal) throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-" + signal, Long.toString(pid())).inheritIO().start().waitFor();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Process process() {
        return process;
    }

    /** Kills only this process (SIGCONT first, in case the test stopped it). */
    void destroy() {
        if (process.isAlive()) {
            try {
                signal("CONT");
            } catch (IOException e) {
                // fall through to the kill
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process.destroyForcibly();
        }
    }
}
