package io.hactl.scheduler;

import io.hactl.cib.CibSnapshot;
import io.hactl.cib.Constraint;
import io.hactl.cib.OrderConstraint;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The scheduler: a pure function from a CIB snapshot and "now" to a {@link Transition}. No I/O, no clock, no
 * threads; the same input always gives the same output. Quorum comes from the snapshot's {@code have-quorum}.
 */
public final class Scheduler {

    public Transition schedule(CibSnapshot cib, Instant now) {
        NodeTable nodes = new NodeTable(cib);
        ResourceTable resources = new ResourceTable(cib, nodes, now);
        boolean symmetric = !"false".equalsIgnoreCase(cib.property("symmetric-cluster").orElse("true"));
        NodeScores[] own = BaseScores.compute(cib, nodes, resources, symmetric, now);
        String noQuorumPolicy = cib.property("no-quorum-policy").orElse("stop");
        boolean quorate = cib.haveQuorum() || noQuorumPolicy.equals("ignore");
        // demote and suicide have no meaning without promotable clones and fencing: both stop, like stop.
        Assigner.Policy policy = new Assigner.Policy(!quorate && !noQuorumPolicy.equals("freeze"),
                !quorate && noQuorumPolicy.equals("freeze"));
        List<String> order = AssignmentOrder.of(cib, resources);
        int[] assigned = new Assigner(cib, nodes, resources, own, policy).assignAll(order);
        stopWhatCannotStartAfterItsFirst(cib, resources, assigned);
        keepWhatCannotStop(cib, resources, assigned);
        Map<String, Optional<String>> placement = new LinkedHashMap<>();
        for (int r = 0; r < resources.size(); r++) {
            placement.put(resources.primitives.get(r).id(),
                    assigned[r] >= 0 ? Optional.of(nodes.name(assigned[r])) : Optional.empty());
        }
        ActionPlanner planner = new ActionPlanner(cib, nodes, resources, assigned);
        return new Transition(placement, planner.summary(), planner.steps());
    }

    /**
     * A group member stops only after the members behind it have stopped. When one of those is unmanaged (or
     * blocked by a failed stop) and active, its stop never happens, so the members before it cannot stop either:
     * they stay where they run (Pacemaker reports their stop as blocked).
     */
    private static void keepWhatCannotStop(CibSnapshot cib, ResourceTable resources, int[] assigned) {
        for (var group : cib.groups()) {
            List<Integer> members = resources.members(group.id());
            boolean stuckBehind = false;
            for (int i = members.size() - 1; i >= 0; i--) {
                int r = members.get(i);
                List<Integer> active = resources.activeNodes(r);
                boolean untouchable = !resources.settings[r].managed() || resources.blocked(r);
                if (stuckBehind && active.size() == 1 && assigned[r] != active.get(0)) {
                    assigned[r] = active.get(0);
                }
                if (untouchable && !active.isEmpty()) {
                    stuckBehind = true;
                }
            }
        }
    }

    /**
     * A mandatory "first then then" order makes "then" unable to run unless "first" will be fully running (every
     * member of a group): Pacemaker marks "then"'s start unrunnable and stops it even where it runs healthy now.
     * Repeated until nothing changes, because orders chain.
     */
    private static void stopWhatCannotStartAfterItsFirst(CibSnapshot cib, ResourceTable resources, int[] assigned) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Constraint constraint : cib.constraints()) {
                if (!(constraint instanceof OrderConstraint order) || !order.mandatory()
                        || !order.firstAction().equals("start") || !order.thenAction().equals("start")) {
                    continue;
                }
                List<Integer> first = resources.members(order.first());
                if (first.isEmpty() || first.stream().allMatch(r -> assigned[r] >= 0)) {
                    continue;
                }
                for (int r : resources.members(order.then())) {
                    if (assigned[r] >= 0 && resources.settings[r].managed() && !resources.blocked(r)) {
                        assigned[r] = Assigner.STOPPED;
                        changed = true;
                    }
                }
            }
        }
    }
}
