package io.hactl.scheduler;

import java.util.Optional;

/** One line of the transition summary: {@code Move failover-ip ( ast1 -> ast2 )}. */
public record PlannedAction(ActionKind kind, String resource, Optional<String> node, Optional<String> from) {}
