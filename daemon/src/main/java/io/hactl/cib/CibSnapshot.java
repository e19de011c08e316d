package io.hactl.cib;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One immutable view of the CIB: configuration plus status, in plain records (no XML types), which is what the
 * scheduler reads. Lists keep CIB order, which is part of Pacemaker's tie-breaking.
 *
 * @param properties  {@code crm_config} cluster properties
 * @param rscDefaults {@code rsc_defaults} meta attributes
 * @param haveQuorum  the {@code have-quorum} flag the coordinator writes
 * @param resources   every primitive, grouped or not, in CIB order
 * @param groups      every group, in CIB order
 * @param topLevel    ids of ungrouped primitives and of groups, in CIB order
 * @param lastChange  who last changed the CIB, and when, from the {@code cib} element's attributes
 */
public record CibSnapshot(
        CibVersion version,
        Map<String, String> properties,
        Map<String, String> rscDefaults,
        Map<String, String> opDefaults,
        List<ClusterNode> nodes,
        List<Primitive> resources,
        List<Group> groups,
        List<String> topLevel,
        List<Constraint> constraints,
        List<NodeState> status,
        boolean haveQuorum,
        LastChange lastChange) {

    /** A snapshot whose last change is not known (built in code rather than read from a file). */
    public CibSnapshot(CibVersion version, Map<String, String> properties, Map<String, String> rscDefaults,
            Map<String, String> opDefaults, List<ClusterNode> nodes, List<Primitive> resources, List<Group> groups,
            List<String> topLevel, List<Constraint> constraints, List<NodeState> status, boolean haveQuorum) {
        this(version, properties, rscDefaults, opDefaults, nodes, resources, groups, topLevel, constraints, status,
                haveQuorum, LastChange.UNKNOWN);
    }

    public CibSnapshot {
        properties = Map.copyOf(properties);
        rscDefaults = Map.copyOf(rscDefaults);
        opDefaults = Map.copyOf(opDefaults);
        nodes = List.copyOf(nodes);
        resources = List.copyOf(resources);
        groups = List.copyOf(groups);
        topLevel = List.copyOf(topLevel);
        constraints = List.copyOf(constraints);
        status = List.copyOf(status);
    }

    public Optional<Primitive> primitive(String id) {
        return resources.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<Group> group(String id) {
        return groups.stream().filter(g -> g.id().equals(id)).findFirst();
    }

    public Optional<String> property(String name) {
        return Optional.ofNullable(properties.get(name));
    }
}
