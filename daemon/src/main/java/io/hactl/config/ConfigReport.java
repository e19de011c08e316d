package io.hactl.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of reading configuration: the value when it could be built, and every problem found on
 * the way, errors and warnings alike. A value is present only when there are no errors.
 */
public final class ConfigReport<T> {
    private final T value;
    private final List<ConfigProblem> problems;

    private ConfigReport(T value, List<ConfigProblem> problems) {
        this.value = value;
        this.problems = List.copyOf(problems);
    }

    public static <T> ConfigReport<T> of(T value, List<ConfigProblem> problems) {
        boolean failed = problems.stream().anyMatch(ConfigProblem::isError);
        return new ConfigReport<>(failed ? null : value, problems);
    }

    public static <T> ConfigReport<T> failed(List<ConfigProblem> problems) {
        return new ConfigReport<>(null, problems);
    }

    public Optional<T> value() {
        return Optional.ofNullable(value);
    }

    /** The value; call only after checking {@link #isValid()}. */
    public T get() {
        if (value == null) {
            throw new IllegalStateException("configuration has errors: " + errors());
        }
        return value;
    }

    public boolean isValid() {
        return value != null;
    }

    public List<ConfigProblem> problems() {
        return problems;
    }

    public List<ConfigProblem> errors() {
        return problems.stream().filter(ConfigProblem::isError).toList();
    }

    public List<ConfigProblem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    /** Problems of this report followed by {@code more}, for reports built from several files. */
    public static List<ConfigProblem> concat(List<ConfigProblem> first, List<ConfigProblem> more) {
        List<ConfigProblem> all = new ArrayList<>(first);
        all.addAll(more);
        return Collections.unmodifiableList(all);
    }
}
