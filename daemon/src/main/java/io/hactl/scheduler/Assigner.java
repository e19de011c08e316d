package io.hactl.scheduler;

import io.hactl.cib.CibSnapshot;
import io.hactl.cib.ColocationConstraint;
import io.hactl.cib.Constraint;
import io.hactl.cib.Score;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses a node for every primitive, following Pacemaker's assignment: resources in {@link AssignmentOrder},
 * a colocation's primary before its dependent, group members in order with each member's preferences merged into
 * the members before it. Among equal scores: the node running fewer resources, then the node the resource is on,
 * then the lowest node name (Pacemaker's {@code compare_nodes}).
 */
final class Assigner {
    static final int UNDECIDED = -2;
    static final int STOPPED = -1;

    private final CibSnapshot cib;
    private final NodeTable nodes;
    private final ResourceTable resources;
    private final NodeScores[] own;
    private final Policy policy;
    private final NodeScores[] current;
    private final int[] assigned;
    private final boolean[] startBlocked;
    private final int[] load;
    private final Set<String> inProgress = new HashSet<>();
    private final Map<String, List<ColocationConstraint>> asDependent = new HashMap<>();
    private final Map<String, List<ColocationConstraint>> asPrimary = new HashMap<>();
    private final Map<String, String> groupOf = new HashMap<>();

    /** Cluster-wide conditions: quorum policy and whether fencing-less stop of everything applies. */
    record Policy(boolean stopAll, boolean freeze) {}

    Assigner(CibSnapshot cib, NodeTable nodes, ResourceTable resources, NodeScores[] own, Policy policy) {
        this.cib = cib;
        this.nodes = nodes;
        this.resources = resources;
        this.own = own;
        this.policy = policy;
        current = new NodeScores[own.length];
        for (int r = 0; r < own.length; r++) {
            current[r] = own[r].copy();
        }
        assigned = new int[resources.size()];
        startBlocked = new boolean[resources.size()];
        Arrays.fill(assigned, UNDECIDED);
        load = new int[nodes.size()];
        for (Constraint constraint : cib.constraints()) {
            if (constraint instanceof ColocationConstraint c && !c.resource().equals(c.withResource())) {
                asDependent.computeIfAbsent(c.resource(), k -> new ArrayList<>()).add(c);
                asPrimary.computeIfAbsent(c.withResource(), k -> new ArrayList<>()).add(c);
            }
        }
        cib.groups().forEach(g -> g.members().forEach(m -> groupOf.put(m, g.id())));
    }

    /** Every primitive's node, or {@link #STOPPED}; a start blocked by no-quorum-policy=freeze counts as stopped. */
    int[] assignAll(List<String> order) {
        for (String id : order) {
            assignTopLevel(id);
        }
        int[] result = assigned.clone();
        for (int r = 0; r < result.length; r++) {
            if (startBlocked[r]) {
                result[r] = STOPPED;
            }
        }
        return result;
    }

    private String topLevel(String id) {
        return groupOf.getOrDefault(id, id);
    }

    private void assignTopLevel(String id) {
        if (!inProgress.add(id)) {
            return; // already done, or a colocation loop: Pacemaker breaks the loop the same way
        }
        List<Integer> members = resources.members(id);
        if (members.isEmpty() || assigned[members.get(0)] != UNDECIDED) {
            return;
        }
        int previous = UNDECIDED;
        for (int i = 0; i < members.size(); i++) {
            int r = members.get(i);
            // Scores are worked on in place, as Pacemaker does with a resource's allowed-node table: a primary
            // assigned from here (recursively) sees what this resource's earlier colocations already did to them.
            NodeScores scores = current[r];
            List<ColocationConstraint> colocations = new ArrayList<>();
            if (i == 0 && resources.isGroup(id)) {
                colocations.addAll(asDependent.getOrDefault(id, List.of()));
            }
            colocations.addAll(asDependent.getOrDefault(resources.primitives.get(r).id(), List.of()));
            for (ColocationConstraint c : mandatoryFirst(colocations)) {
                assignTopLevel(topLevel(c.withResource()));
                colocate(scores, c.score(), nodeOf(c.withResource(), c.score()));
            }
            if (i > 0) {
                colocate(scores, Score.INFINITY, previous);
            }
            NodeScores merged = scores.copy();
            if (i == 0 && resources.isGroup(id)) {
                mergeDependents(id, merged);
            }
            mergeDependents(resources.primitives.get(r).id(), merged);
            if (i + 1 < members.size()) {
                mergeInto(merged, chain(members, i + 1), 1.0);
            }
            assigned[r] = decide(r, merged);
            previous = assigned[r];
        }
    }

    /** Mandatory colocations are applied before optional ones, to satisfy as many as possible (as Pacemaker). */
    private static List<ColocationConstraint> mandatoryFirst(List<ColocationConstraint> colocations) {
        List<ColocationConstraint> ordered = new ArrayList<>();
        colocations.stream().filter(c -> Math.abs(c.score()) >= Score.INFINITY).forEach(ordered::add);
        colocations.stream().filter(c -> Math.abs(c.score()) < Score.INFINITY).forEach(ordered::add);
        return ordered;
    }

    private List<String> idsOf(String id) {
        List<String> ids = new ArrayList<>();
        ids.add(id);
        resources.members(id).forEach(r -> ids.add(resources.primitives.get(r).id()));
        return ids;
    }

    /** The merged preferences of group members from {@code from} on: what the earlier members must honour. */
    private NodeScores chain(List<Integer> members, int from) {
        NodeScores scores = current[members.get(from)].copy();
        if (from + 1 < members.size()) {
            mergeInto(scores, chain(members, from + 1), 1.0);
        }
        return scores;
    }

    /**
     * Adds a dependent's scores, scaled by colocation score / INFINITY, unless that leaves no usable node. A
     * negative factor never turns a dependent's dislike into a liking (Pacemaker's "double negative disallowed").
     */
    private void mergeInto(NodeScores target, NodeScores dependent, double factor) {
        NodeScores before = target.copy();
        for (int node = 0; node < target.score.length; node++) {
            if (!dependent.allowed[node] || (factor < 0 && dependent.score[node] < 0)) {
                continue;
            }
            double product = factor * dependent.score[node];
            // A small but real preference is not lost to rounding: it counts at least 1 (what crm_simulate shows).
            int contribution = product > 0 && product < 1 ? 1 : product < 0 && product > -1 ? -1 : (int) product;
            target.score[node] = Score.add(target.score[node], contribution);
        }
        if (!target.anyUsable(nodes) && before.anyUsable(nodes)) {
            System.arraycopy(before.score, 0, target.score, 0, target.score.length);
        }
    }

    /**
     * Resources that want to run with {@code id} (or away from it) pull it towards (or push it from) the nodes
     * they prefer, transitively. As in Pacemaker, only the sign of the outer factor carries down the chain:
     * a dependent's dependent weighs with its own colocation score, not the product of both.
     */
    private void mergeDependents(String id, NodeScores scores) {
        mergeDependents(id, scores, 1.0, new HashSet<>(Set.of(topLevel(id))));
    }

    private void mergeDependents(String id, NodeScores scores, double sign, Set<String> seen) {
        for (ColocationConstraint c : asPrimary.getOrDefault(id, List.of())) {
            List<Integer> dependent = resources.members(c.resource());
            String dependentTop = topLevel(c.resource());
            if (dependent.isEmpty() || assigned[dependent.get(0)] != UNDECIDED || seen.contains(dependentTop)) {
                continue; // already placed, or a colocation loop back to a resource on this path
            }
            double factor = sign * c.score() / Score.INFINITY;
            mergeInto(scores, current[dependent.get(0)], factor);
            // A group's later members hang on its first by INFINITY colocations; only the sign carries down, so
            // they weigh fully (Pacemaker's recursion), not scaled like the first member.
            for (int k = 1; k < dependent.size(); k++) {
                mergeInto(scores, current[dependent.get(k)], factor < 0 ? -1.0 : 1.0);
            }
            seen.add(dependentTop);
            mergeDependents(c.resource(), scores, factor < 0 ? -1.0 : 1.0, seen);
            seen.remove(dependentTop);
        }
    }

    /**
     * Where a colocation's primary runs. For a group, a mandatory colocation needs the whole group, so it looks at
     * the last member (Pacemaker does the same); an optional one only at the first.
     */
    private int nodeOf(String id, int score) {
        List<Integer> members = resources.members(id);
        if (members.isEmpty()) {
            return STOPPED;
        }
        int node = assigned[score >= Score.INFINITY ? members.get(members.size() - 1) : members.get(0)];
        return node < 0 ? STOPPED : node;
    }

    private void colocate(NodeScores scores, int score, int primaryNode) {
        if (score >= Score.INFINITY) {
            for (int node = 0; node < scores.score.length; node++) {
                if (node != primaryNode) {
                    scores.score[node] = -Score.INFINITY;
                }
            }
        } else if (score <= -Score.INFINITY) {
            if (primaryNode >= 0) {
                scores.score[primaryNode] = -Score.INFINITY;
            }
        } else if (primaryNode >= 0) {
            NodeScores before = scores.copy();
            scores.score[primaryNode] = Score.add(scores.score[primaryNode], score);
            if (score < 0 && !scores.anyUsable(nodes)) {
                System.arraycopy(before.score, 0, scores.score, 0, scores.score.length);
            }
        }
    }

    private int decide(int r, NodeScores scores) {
        ResourceSettings settings = resources.settings[r];
        List<Integer> active = resources.activeNodes(r);
        int sticky = resources.stickyNode(r);
        int current = sticky >= 0 ? sticky : active.isEmpty() ? STOPPED : active.get(0);
        if (!settings.managed() || resources.blocked(r)) {
            // Unmanaged (or blocked by a failed stop): it stays exactly where it is, and nothing is done to it.
            return keep(current);
        }
        if (settings.targetStopped() || policy.stopAll()) {
            return STOPPED;
        }
        int chosen = choose(scores, current);
        if (policy.freeze() && current < 0 && chosen >= 0) {
            // no-quorum-policy=freeze: nothing stopped may start; what runs may still be recovered or moved
            // within the partition (Pacemaker only refuses to raise a resource's role). The node is still
            // chosen, counted and followed by colocated resources, as in Pacemaker; only the start is blocked.
            startBlocked[r] = true;
        }
        return chosen;
    }

    private int keep(int node) {
        if (node >= 0) {
            load[node]++;
        }
        return node;
    }

    private int choose(NodeScores scores, int current) {
        Integer[] order = new Integer[nodes.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingInt(n -> -scores.effective(n, nodes))
                .thenComparingInt(n -> load[n])
                .thenComparingInt(n -> n == current ? 0 : 1)
                .thenComparing(nodes::name));
        if (order.length == 0) {
            return STOPPED;
        }
        int best = order[0];
        int bestScore = scores.effective(best, nodes);
        if (bestScore < 0) {
            return STOPPED;
        }
        int chosen = best;
        if (bestScore > 0 && current >= 0 && scores.effective(current, nodes) == bestScore) {
            chosen = current; // equal scores: staying beats balancing load
        }
        load[chosen]++;
        return chosen;
    }
}
