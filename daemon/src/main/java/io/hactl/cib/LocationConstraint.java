package io.hactl.cib;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code rsc_location}: either a plain {@code node} + {@code score}, or a list of rules each carrying its own score.
 */
public record LocationConstraint(
        String id, String resource, Optional<String> node, OptionalInt score, List<LocationRule> rules)
        implements Constraint {
    public LocationConstraint {
        rules = List.copyOf(rules);
    }
}
