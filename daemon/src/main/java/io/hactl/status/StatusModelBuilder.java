package io.hactl.status;

import io.hactl.cib.PacemakerBoolean;
import io.hactl.cib.CibSnapshot;
import io.hactl.cib.ClusterNode;
import io.hactl.cib.Constraint;
import io.hactl.cib.Group;
import io.hactl.cib.DateExpression;
import io.hactl.cib.LocationConstraint;
import io.hactl.cib.LocationRule;
import io.hactl.cib.NodeState;
import io.hactl.cib.Primitive;
import io.hactl.cib.Score;
import io.hactl.membership.NodeStatus;
import io.hactl.scheduler.ObservedResource;
import io.hactl.scheduler.ObservedState;
import io.hactl.status.StatusModel.FailCount;
import io.hactl.status.StatusModel.GroupEntry;
import io.hactl.status.StatusModel.MoveConstraint;
import io.hactl.status.StatusModel.NodeCondition;
import io.hactl.status.StatusModel.NodeEntry;
import io.hactl.status.StatusModel.NodeFailures;
import io.hactl.status.StatusModel.ResourceEntry;
import io.hactl.status.StatusModel.ResourceItem;
import io.hactl.status.StatusModel.Role;
import io.hactl.status.StatusModel.Summary;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds the {@link StatusModel} from a CIB and what membership knows. Pure: no I/O, no clock. */
public final class StatusModelBuilder {
    private StatusModelBuilder() {}

    /**
     * @param membership membership's view of the nodes, or empty when there is none (an offline CIB file)
     * @param dc         the designated coordinator, or null when there is none
     * @param now        "now" for failure-timeout expiry and the "Last updated" line
     */
    public static StatusModel build(CibSnapshot cib, List<NodeStatus> membership, String dc, boolean quorum,
            Instant now) {
        Map<String, ObservedResource> observed = ObservedState.read(cib, now).stream()
                .collect(Collectors.toMap(ObservedResource::id, Function.identity(), (a, b) -> a,
                        LinkedHashMap::new));
        List<String> nodeNames = nodeNames(cib);
        int disabled = (int) observed.values().stream().filter(ObservedResource::targetStopped).count();
        Summary summary = new Summary(Optional.ofNullable(dc), quorum, now, cib.version().toString(),
                cib.lastChange(), nodeNames.size(), cib.resources().size(), disabled);
        List<NodeEntry> nodes = nodes(cib, nodeNames, membership, observed);
        List<String> unclean = nodes.stream().filter(n -> n.condition() == NodeCondition.UNCLEAN)
                .map(NodeEntry::name).toList();
        return new StatusModel(summary, nodes, resources(cib, observed, unclean),
                moves(cib), migration(nodeNames, observed), FailedActions.of(cib));
    }

    /** The {@code nodes} section in CIB order, then nodes only the status section knows. */
    private static List<String> nodeNames(CibSnapshot cib) {
        List<String> names = new ArrayList<>(cib.nodes().stream().map(ClusterNode::uname).toList());
        cib.status().stream().map(NodeState::uname).filter(n -> !names.contains(n)).forEach(names::add);
        return names;
    }

    private static List<NodeEntry> nodes(CibSnapshot cib, List<String> names, List<NodeStatus> membership,
            Map<String, ObservedResource> observed) {
        Map<String, Optional<Duration>> heard = new LinkedHashMap<>();
        membership.forEach(m -> heard.put(m.node(), m.lastHeard()));
        // Pacemaker's default is stonith-enabled=true: a node lost while expected up is then UNCLEAN, because
        // only fencing could prove its resources stopped.
        boolean fencing = !PacemakerBoolean.isFalse(cib.property("stonith-enabled").orElse("true"));
        List<NodeEntry> entries = new ArrayList<>();
        for (String name : names) {
            Optional<NodeState> state = cib.status().stream().filter(s -> s.uname().equals(name)).findFirst();
            boolean standby = cib.nodes().stream().filter(n -> n.uname().equals(name))
                    .anyMatch(n -> PacemakerBoolean.isTrue(n.attributes().get("standby")))
                    || state.map(s -> PacemakerBoolean.isTrue(s.transientAttributes().get("standby"))).orElse(false);
            boolean online = state.map(NodeState::isOnline).orElse(false);
            boolean active = observed.values().stream().anyMatch(r -> r.runningOn().contains(name));
            NodeCondition condition;
            if (online) {
                condition = standby ? NodeCondition.STANDBY : NodeCondition.ONLINE;
            } else if (state.map(s -> s.inMembership() && "online".equals(s.controller())).orElse(false)) {
                condition = NodeCondition.PENDING;
            } else if (fencing && state.map(s -> "member".equals(s.expected())).orElse(false)) {
                condition = NodeCondition.UNCLEAN;
            } else {
                condition = NodeCondition.OFFLINE;
            }
            entries.add(new NodeEntry(name, condition, active, heard.getOrDefault(name, Optional.empty())));
        }
        return entries;
    }

    private static List<ResourceItem> resources(CibSnapshot cib, Map<String, ObservedResource> observed,
            List<String> unclean) {
        List<ResourceItem> items = new ArrayList<>();
        for (String id : cib.topLevel()) {
            Optional<Group> group = cib.group(id);
            if (group.isPresent()) {
                List<ResourceEntry> members = group.get().members().stream()
                        .map(m -> entry(cib.primitive(m).orElseThrow(), observed.get(m), unclean)).toList();
                boolean disabled = "stopped".equalsIgnoreCase(group.get().meta().getOrDefault("target-role", ""));
                items.add(new GroupEntry(id, disabled, members));
            } else {
                cib.primitive(id).ifPresent(p -> items.add(entry(p, observed.get(id), unclean)));
            }
        }
        return items;
    }

    private static ResourceEntry entry(Primitive primitive, ObservedResource seen, List<String> uncleanNodes) {
        Role role;
        List<String> nodes;
        // Where an UNCLEAN node last ran it, it may run still: shown there until fencing says otherwise.
        List<String> maybe = seen.lastSeenOn().stream().filter(uncleanNodes::contains).toList();
        if (!seen.blockedOn().isEmpty()) {
            role = Role.BLOCKED;
            nodes = seen.blockedOn();
        } else if (!seen.failedOn().isEmpty()) {
            role = Role.FAILED;
            nodes = seen.failedOn();
        } else if (!seen.managed()) {
            role = Role.UNMANAGED;
            nodes = seen.runningOn();
        } else if (!seen.runningOn().isEmpty() || !maybe.isEmpty()) {
            role = Role.STARTED;
            nodes = new ArrayList<>(maybe);
            nodes.addAll(seen.runningOn());
        } else {
            role = Role.STOPPED;
            nodes = List.of();
        }
        return new ResourceEntry(primitive.id(), primitive.group(), primitive.agent(), role, nodes,
                seen.targetStopped(), seen.managed(), seen.failCounts(), !maybe.isEmpty());
    }

    private static List<MoveConstraint> moves(CibSnapshot cib) {
        List<MoveConstraint> moves = new ArrayList<>();
        for (Constraint constraint : cib.constraints()) {
            if (constraint instanceof LocationConstraint location
                    && (location.id().startsWith("cli-prefer-") || location.id().startsWith("cli-ban-"))) {
                String score = location.score().isPresent() ? Score.format(location.score().getAsInt())
                        : location.rules().stream().findFirst().filter(r -> r.score().isPresent())
                                .map(r -> Score.format(r.score().getAsInt())).orElse("");
                moves.add(new MoveConstraint(location.id(), location.resource(),
                        location.node().or(() -> ruleNode(location)), location.id().startsWith("cli-ban-"), score,
                        location.rules().stream().flatMap(r -> r.dateExpressions().stream())
                                .map(DateExpression::expires).flatMap(Optional::stream).min(Instant::compareTo)));
            }
        }
        return moves;
    }

    /** The node of crm_resource's lifetime form: its rule's {@code #uname eq NODE} expression. */
    private static Optional<String> ruleNode(LocationConstraint location) {
        return location.rules().stream().map(LocationRule::expressions).flatMap(List::stream)
                .filter(e -> e.attribute().equals("#uname") && e.operation().equals("eq"))
                .flatMap(e -> e.value().stream()).findFirst();
    }

    /** Per node in node order, the resources with a fail count there, in CIB order (crm_mon's -f). */
    private static List<NodeFailures> migration(List<String> nodes, Map<String, ObservedResource> observed) {
        List<NodeFailures> summary = new ArrayList<>();
        for (String node : nodes) {
            List<FailCount> counts = new ArrayList<>();
            for (ObservedResource resource : observed.values()) {
                Integer count = resource.failCounts().get(node);
                if (count != null) {
                    int threshold = resource.migrationThreshold();
                    counts.add(new FailCount(resource.id(),
                            threshold >= Score.INFINITY ? Optional.empty() : Optional.of(threshold), count,
                            Optional.ofNullable(resource.lastFailures().get(node))));
                }
            }
            if (!counts.isEmpty()) {
                summary.add(new NodeFailures(node, counts));
            }
        }
        return summary;
    }

}
