package io.hactl.cib;

import java.time.Duration;
import java.util.Optional;

/** One {@code <op>} of a primitive: {@code monitor} every {@code interval}, failing after {@code timeout}. */
public record ResourceOperation(
        String id, String name, Duration interval, Optional<Duration> timeout, Optional<String> onFail) {}
