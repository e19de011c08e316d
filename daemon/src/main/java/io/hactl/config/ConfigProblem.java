package io.hactl.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One thing wrong with a configuration file, rendered as {@code FILE:LINE: directive: message; expected …}.
 *
 * @param file      the file the admin must edit
 * @param line      1-based line number, or 0 when the problem concerns the file as a whole
 * @param directive the directive or element concerned, or empty when none applies
 * @param message   what is wrong, in the admin's words
 * @param expected  what would be accepted, or empty when the message already says it
 */
public record ConfigProblem(
        Severity severity, Path file, int line, String directive, String message, String expected) {

    public ConfigProblem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        directive = directive == null ? "" : directive;
        expected = expected == null ? "" : expected;
        Objects.requireNonNull(message, "message");
    }

    public static ConfigProblem error(Path file, int line, String directive, String message, String expected) {
        return new ConfigProblem(Severity.ERROR, file, line, directive, message, expected);
    }

    public static ConfigProblem warning(Path file, int line, String directive, String message, String expected) {
        return new ConfigProblem(Severity.WARNING, file, line, directive, message, expected);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder().append(file);
        if (line > 0) {
            text.append(':').append(line);
        }
        text.append(": ");
        if (severity == Severity.WARNING) {
            text.append("warning: ");
        }
        if (!directive.isEmpty()) {
            text.append(directive).append(": ");
        }
        text.append(message);
        if (!expected.isEmpty()) {
            text.append("; expected ").append(expected);
        }
        return text.toString();
    }
}
