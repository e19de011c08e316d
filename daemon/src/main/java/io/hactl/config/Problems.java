package io.hactl.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one file while it is parsed, so every problem is reported at once. */
final class Problems {
    private final Path file;
    private final List<ConfigProblem> found = new ArrayList<>();

    Problems(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    void error(int line, String directive, String message, String expected) {
        found.add(ConfigProblem.error(file, line, directive, message, expected));
    }

    void error(int line, String directive, String message) {
        error(line, directive, message, "");
    }

    void warning(int line, String directive, String message, String expected) {
        found.add(ConfigProblem.warning(file, line, directive, message, expected));
    }

    void warning(int line, String directive, String message) {
        warning(line, directive, message, "");
    }

    void add(ConfigProblem problem) {
        found.add(problem);
    }

    boolean hasErrors() {
        return found.stream().anyMatch(ConfigProblem::isError);
    }

    List<ConfigProblem> list() {
        return List.copyOf(found);
    }
}
