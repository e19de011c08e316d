package io.hactl.config;

import java.nio.file.Path;
import java.util.Objects;

/** A configuration value together with the place the admin wrote it, so later checks can point there. */
public record Sourced<T>(T value, Path file, int line) {
    public Sourced {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(file, "file");
    }

    /** The same place, another value: for values derived from what the admin wrote. */
    public <U> Sourced<U> with(U other) {
        return new Sourced<>(other, file, line);
    }

    public String where() {
        return file + ":" + line;
    }
}
