package io.hactl.scheduler;

import io.hactl.cib.CibSnapshot;
import io.hactl.cib.Constraint;
import io.hactl.cib.Group;
import io.hactl.cib.OrderConstraint;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns current state plus target placement into stops and starts: a failed resource is recovered, a healthy one
 * that must change node is moved, and anything that depends on a resource being (re)started (a later group
 * member, the "then" of a mandatory order) is restarted in place, as Pacemaker does.
 */
final class ActionPlanner {
    private final NodeTable nodes;
    private final ResourceTable resources;
    private final int[] assigned;
    private final List<Set<Integer>> stops = new ArrayList<>();
    private final int[] start;
    /** dependsOn[r]: resources that must be started before r (earlier group members, mandatory "first"s). */
    private final List<Set<Integer>> dependsOn = new ArrayList<>();
    private final List<Set<Integer>> stopsBefore = new ArrayList<>();
    /** Group members that cannot be stopped: an unmanaged or blocked member behind them is active. */
    private final Set<Integer> stuck = new java.util.HashSet<>();

    ActionPlanner(CibSnapshot cib, NodeTable nodes, ResourceTable resources, int[] assigned) {
        this.nodes = nodes;
        this.resources = resources;
        this.assigned = assigned;
        start = new int[resources.size()];
        for (int r = 0; r < resources.size(); r++) {
            stops.add(new LinkedHashSet<>());
            dependsOn.add(new LinkedHashSet<>());
            stopsBefore.add(new LinkedHashSet<>());
            start[r] = -1;
        }
        for (Group group : cib.groups()) {
            List<Integer> members = resources.members(group.id());
            boolean behind = false;
            for (int i = members.size() - 1; i >= 0; i--) {
                int r = members.get(i);
                if (behind) {
                    stuck.add(r);
                }
                if ((!resources.settings[r].managed() || resources.blocked(r)) && !resources.activeNodes(r).isEmpty()) {
                    behind = true;
                }
            }
            for (int i = 1; i < members.size(); i++) {
                dependsOn.get(members.get(i)).add(members.get(i - 1));
                stopsBefore.get(members.get(i - 1)).add(members.get(i));
            }
        }
        for (Constraint constraint : cib.constraints()) {
            if (constraint instanceof OrderConstraint order && order.mandatory()
                    && order.firstAction().equals("start") && order.thenAction().equals("start")) {
                for (int then : resources.members(order.then())) {
                    for (int first : resources.members(order.first())) {
                        dependsOn.get(then).add(first);
                        if (order.symmetrical()) {
                            stopsBefore.get(first).add(then);
                        }
                    }
                }
            }
        }
        plan();
    }

    private boolean untouchable(int r) {
        return !resources.settings[r].managed() || resources.blocked(r)
                || stuck.contains(r) && !resources.activeNodes(r).isEmpty();
    }

    private void plan() {
        for (int r = 0; r < resources.size(); r++) {
            if (untouchable(r)) {
                continue;
            }
            List<Integer> active = resources.activeNodes(r);
            int target = assigned[r];
            String policy = resources.settings[r].multipleActive();
            if (active.size() > 1 && policy.equals("block")) {
                continue;
            }
            if (active.size() > 1) {
                // stop_unexpected keeps the instance the cluster started last, if it is where the resource belongs;
                // a stale copy is never adopted (its node's neighbours may not know it holds an address any more).
                int keep = policy.equals("stop_unexpected") ? resources.expectedNode(r) : -1;
                for (int node : active) {
                    if (node != keep || node != target) {
                        stops.get(r).add(node);
                    }
                }
                if (!policy.equals("stop_only") && target >= 0
                        && (stops.get(r).contains(target) || !active.contains(target))) {
                    start[r] = target;
                }
                continue;
            }
            int current = active.isEmpty() ? -1 : active.get(0);
            if (current < 0) {
                start[r] = target;
            } else if (target != current || resources.state[r][current].failed()) {
                stops.get(r).add(current);
                start[r] = target;
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int r = 0; r < resources.size(); r++) {
                if (untouchable(r) || start[r] >= 0 || assigned[r] < 0) {
                    continue;
                }
                boolean restart = dependsOn.get(r).stream().anyMatch(d -> start[d] >= 0);
                if (restart && resources.activeNodes(r).contains(assigned[r])) {
                    stops.get(r).add(assigned[r]);
                    start[r] = assigned[r];
                    changed = true;
                }
            }
        }
    }

    List<PlannedAction> summary() {
        List<PlannedAction> actions = new ArrayList<>();
        for (int r = 0; r < resources.size(); r++) {
            String id = resources.primitives.get(r).id();
            Set<Integer> stopping = stops.get(r);
            boolean failed = resources.failedAnywhere(r);
            if (stopping.isEmpty()) {
                if (start[r] >= 0) {
                    actions.add(new PlannedAction(ActionKind.START, id, name(start[r]), Optional.empty()));
                }
                continue;
            }
            if (start[r] < 0) {
                stopping.forEach(n -> actions.add(new PlannedAction(ActionKind.STOP, id, Optional.empty(), name(n))));
                continue;
            }
            int from = stopping.contains(start[r]) ? start[r] : stopping.iterator().next();
            for (int n : stopping) {
                if (n != from) {
                    actions.add(new PlannedAction(ActionKind.STOP, id, Optional.empty(), name(n)));
                }
            }
            // Active on several nodes and restarted on one of them: crm_simulate calls that a Restart too.
            ActionKind kind = failed ? ActionKind.RECOVER
                    : from == start[r] ? ActionKind.RESTART : ActionKind.MOVE;
            actions.add(new PlannedAction(kind, id, name(start[r]), name(from)));
        }
        return actions;
    }

    private Optional<String> name(int node) {
        return node < 0 ? Optional.empty() : Optional.of(nodes.name(node));
    }

    /** Stops (later group members and "then"s first), then starts, each after what it depends on. */
    List<Step> steps() {
        List<int[]> pending = new ArrayList<>(); // {operation 0 stop / 1 start, resource, node}
        java.util.Map<Integer, List<Integer>> stopSteps = new java.util.HashMap<>();
        int[] startStep = new int[resources.size()];
        java.util.Arrays.fill(startStep, -1);
        for (int r = resources.size() - 1; r >= 0; r--) {
            for (int node : stops.get(r)) {
                stopSteps.computeIfAbsent(r, k -> new ArrayList<>()).add(pending.size());
                pending.add(new int[] {0, r, node});
            }
        }
        for (int r = 0; r < resources.size(); r++) {
            if (start[r] >= 0) {
                startStep[r] = pending.size();
                pending.add(new int[] {1, r, start[r]});
            }
        }
        List<List<Integer>> before = new ArrayList<>();
        for (int[] step : pending) {
            List<Integer> deps = new ArrayList<>();
            int r = step[1];
            if (step[0] == 1) {
                deps.addAll(stopSteps.getOrDefault(r, List.of())); // a resource stops before it starts again
                for (int first : dependsOn.get(r)) {
                    if (startStep[first] >= 0) {
                        deps.add(startStep[first]);
                    }
                }
            } else {
                for (int later : stopsBefore.get(r)) {
                    deps.addAll(stopSteps.getOrDefault(later, List.of()));
                }
            }
            before.add(deps);
        }
        // Kahn's algorithm, always taking the earliest ready step in the natural order (stops, then starts).
        int[] waiting = new int[pending.size()];
        List<List<Integer>> unblocks = new ArrayList<>();
        for (int i = 0; i < pending.size(); i++) {
            unblocks.add(new ArrayList<>());
        }
        for (int i = 0; i < pending.size(); i++) {
            for (int d : before.get(i)) {
                waiting[i]++;
                unblocks.get(d).add(i);
            }
        }
        java.util.PriorityQueue<Integer> ready = new java.util.PriorityQueue<>();
        for (int i = 0; i < pending.size(); i++) {
            if (waiting[i] == 0) {
                ready.add(i);
            }
        }
        int[] position = new int[pending.size()];
        java.util.Arrays.fill(position, -1);
        List<Integer> ordered = new ArrayList<>();
        while (ordered.size() < pending.size()) {
            Integer next = ready.poll();
            if (next == null) {
                // A dependency cycle (contradictory orders): release the earliest step still waiting.
                for (int i = 0; i < pending.size() && next == null; i++) {
                    if (position[i] < 0 && waiting[i] > 0) {
                        next = i;
                    }
                }
            }
            position[next] = ordered.size();
            ordered.add(next);
            for (int unblocked : unblocks.get(next)) {
                if (--waiting[unblocked] == 0 && position[unblocked] < 0) {
                    ready.add(unblocked);
                }
            }
        }
        List<Step> steps = new ArrayList<>();
        for (int i : ordered) {
            int[] step = pending.get(i);
            int here = steps.size();
            List<Integer> after = before.get(i).stream().map(d -> position[d]).filter(j -> j >= 0 && j < here)
                    .distinct().sorted().toList();
            steps.add(new Step(step[0] == 0 ? Step.Operation.STOP : Step.Operation.START,
                    resources.primitives.get(step[1]).id(), nodes.name(step[2]), after));
        }
        return steps;
    }
}
