package io.hactl.executor;

import java.time.Duration;
import java.util.Optional;

/**
 * One {@code <action>} of an agent's meta-data: the agent's advice on how to run it.
 *
 * @param timeout  the minimum timeout the agent's author recommends; also our default
 * @param interval the suggested monitor interval (zero for other actions)
 * @param depth    the OCF_CHECK_LEVEL this entry describes (0, 10, 20)
 */
public record ActionSpec(String name, Optional<Duration> timeout, Duration interval, int depth, String role) {}
