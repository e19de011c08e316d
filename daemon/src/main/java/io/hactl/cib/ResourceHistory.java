package io.hactl.cib;

import java.util.List;

/** The {@code lrm_resource} entry of one node: every recorded operation of one resource there. */
public record ResourceHistory(String resource, List<OperationRecord> operations) {
    public ResourceHistory {
        operations = List.copyOf(operations);
    }
}
