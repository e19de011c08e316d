package io.hactl.cib;

import java.util.List;
import java.util.Optional;

/**
 * One resource's operation history on one node, as the node that ran the operations reports it: the
 * {@code lrm_resource} element with the agent it ran.
 */
public record LrmResource(String id, String agentClass, Optional<String> provider, String type,
        List<OperationRecord> operations) {
    public LrmResource {
        operations = List.copyOf(operations);
    }
}
