package io.hactl.scheduler;

import io.hactl.cib.CibSnapshot;
import io.hactl.cib.Score;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The order in which top-level resources (ungrouped primitives and groups) are assigned, as Pacemaker's
 * {@code cmp_resources}: higher priority first; then the higher score on the node where it runs now; then
 * the higher score node by node (available nodes by name first); finally CIB order (the sort is stable).
 * Order matters because equal scores are broken by how many resources a node already got.
 */
final class AssignmentOrder {
    private AssignmentOrder() {}

    static List<String> of(CibSnapshot cib, NodeTable nodes, ResourceTable resources, NodeScores[] own,
            boolean symmetric) {
        List<Integer> nodeOrder = new ArrayList<>();
        for (int n = 0; n < nodes.size(); n++) {
            nodeOrder.add(n);
        }
        nodeOrder.sort(Comparator.<Integer>comparingInt(n -> nodes.isAvailable(n) ? 0 : 1).thenComparing(nodes::name));
        java.util.Map<String, List<io.hactl.cib.LocationConstraint>> locations = new java.util.HashMap<>();
        cib.constraints().stream().filter(io.hactl.cib.LocationConstraint.class::isInstance)
                .map(io.hactl.cib.LocationConstraint.class::cast)
                .forEach(l -> locations.computeIfAbsent(l.resource(), k -> new ArrayList<>()).add(l));
        List<Entry> entries = new ArrayList<>();
        for (String id : cib.topLevel()) {
            List<Integer> members = resources.members(id);
            if (members.isEmpty()) {
                continue;
            }
            NodeScores scores = resources.isGroup(id)
                    ? BaseScores.groupLevel(locations.getOrDefault(id, List.of()), nodes, symmetric)
                    : own[members.get(0)];
            // A group's priority is the group's own (a member's priority orders nothing at this level).
            int priority = resources.isGroup(id)
                    ? java.util.Optional.ofNullable(resources.groupMeta(id).get("priority")).or(() -> java.util.Optional
                            .ofNullable(cib.rscDefaults().get("priority"))).map(t -> Score.parse(t).orElse(0)).orElse(0)
                    : resources.settings[members.get(0)].priority();
            int current = -1;
            for (int r : members) {
                List<Integer> active = resources.activeNodes(r);
                if (!active.isEmpty()) {
                    current = active.get(0);
                    break;
                }
            }
            int[] byNode = new int[nodeOrder.size()];
            for (int i = 0; i < byNode.length; i++) {
                int n = nodeOrder.get(i);
                byNode[i] = scores.allowed[n] ? scores.score[n] : -Score.INFINITY;
            }
            int atCurrent = current >= 0 && scores.allowed[current] ? scores.score[current] : -Score.INFINITY;
            entries.add(new Entry(id, priority, atCurrent, byNode));
        }
        entries.sort(Comparator.comparingInt((Entry e) -> -e.priority));
        return entries.stream().map(Entry::id).toList();
    }

    private record Entry(String id, int priority, int atCurrent, int[] byNode) {}
}
