package io.hactl.lab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs short commands (ip, arping, kill) to completion with a bound on how long they may take. */
public final class Commands {

    /** ip and arping return in milliseconds; 10 s means the machine is stuck, not busy. */
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private Commands() {}

    static CommandResult run(List<String> command) {
        return run(command, DEFAULT_TIMEOUT);
    }

    /** Runs {@code command} on this host and returns how it ended; fails if it takes longer than {@code timeout}. */
    public static CommandResult run(List<String> command, Duration timeout) {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new LabException("cannot run " + String.join(" ", command), e);
        }
        try {
            // Short outputs only: reading after exit cannot dead-lock on a full pipe of a few lines.
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new LabException("timed out after " + timeout + ": " + String.join(" ", command));
            }
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new CommandResult(List.copyOf(command), p.exitValue(), output);
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new LabException("interrupted: " + String.join(" ", command), e);
        } catch (IOException e) {
            throw new LabException("cannot read the output of " + String.join(" ", command), e);
        }
    }
}
