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
        NodeScores[] own = BaseScores.compute(cib, nodes, resources, symmetric);
        String noQuorumPolicy = cib.property("no-quorum-policy").orElse("stop");
        boolean quorate = cib.haveQuorum() || noQuorumPolicy.equals("ignore");
        // demote and suicide have no meaning without promotable clones and fencing: both stop, like stop.
        Assigner.Policy policy = new Assigner.Policy(!quorate && !noQuorumPolicy.equals("freeze"),
                !quorate && noQuorumPolicy.equals("freeze"));
        List<String> order = AssignmentOrder.of(cib, nodes, resources, own, symmetric);
        int[] assigned = new Assigner(cib, nodes, resources, own, policy).assignAll(order);
        stopWhatCannotStartAfterItsFirst(cib, resources, assigned);
        Map<String, Optional<String>> placement = new LinkedHashMap<>();
        for (int r = 0; r < resources.size(); r++) {
            placement.put(resources.primitives.get(r).id(),
                    assigned[r] >= 0 ? Optional.of(nodes.name(assigned[r])) : Optional.empty());
        }
        ActionPlanner planner = new ActionPlanner(cib, nodes, resources, assigned);
        return new Transition(placement, planner.summary(), planner.steps());
    }

    /**
     * A mandatory "first then then" order makes "then" unable to start unless "first" will be fully running
     * (every member of a group): Pacemaker marks the start unrunnable. A "then" already running healthy where it
     * should stays, unless "first" is being stopped (a symmetrical order stops "then" first); one that would have
     * to start (or be recovered) stays stopped. Repeated until nothing changes,
     * because orders chain.
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
                // A symmetrical order also stops "then" before "first" stops; it cannot start again afterwards.
                boolean firstStops = order.symmetrical()
                        && first.stream().anyMatch(r -> needsStop(resources, r, assigned[r]));
                for (int r : resources.members(order.then())) {
                    if (assigned[r] >= 0 && resources.settings[r].managed() && !resources.blocked(r)
                            && (firstStops || needsStart(resources, r, assigned[r]))) {
                        assigned[r] = Assigner.STOPPED;
                        changed = true;
                    }
                }
            }
        }
    }

    private static boolean needsStop(ResourceTable resources, int r, int node) {
        List<Integer> active = resources.activeNodes(r);
        return !active.isEmpty() && (active.size() > 1 || active.get(0) != node || resources.state[r][node].failed());
    }

    private static boolean needsStart(ResourceTable resources, int r, int node) {
        List<Integer> active = resources.activeNodes(r);
        return !(active.size() == 1 && active.get(0) == node && !resources.state[r][node].failed());
    }
}
