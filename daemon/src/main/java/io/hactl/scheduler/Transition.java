package io.hactl.scheduler;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The scheduler's answer: where every primitive should run ({@code placement}, empty meaning stopped), the
 * summary an admin reads ({@code actions}) and the ordered agent operations with their dependencies
 * ({@code steps}), which the controller executes.
 */
public record Transition(Map<String, Optional<String>> placement, List<PlannedAction> actions, List<Step> steps) {
    public Transition {
        placement = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(placement));
        actions = List.copyOf(actions);
        steps = List.copyOf(steps);
    }
}
