package io.hactl.lab;

import java.util.List;

/** How a short command ended: its exit code and its output (stdout and stderr together). */
public record CommandResult(List<String> command, int exitCode, String output) {

    public boolean succeeded() {
        return exitCode == 0;
    }

    /** This result, or an exception that names the command and what it printed. */
    public CommandResult orThrow() {
        if (!succeeded()) {
            throw new LabException(String.join(" ", command) + " exited " + exitCode + ": " + output.strip());
        }
        return this;
    }
}
