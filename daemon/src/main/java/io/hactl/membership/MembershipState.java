package io.hactl.membership;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Who is in, late, dead or gone, and the events that move a node between those states. Pure logic on node names:
 * no JGroups, no clock, no threads; {@link Membership} feeds it from its single thread.
 */
final class MembershipState {

    private final String local;
    private final Set<String> listed;
    private final Duration warntime;
    private final Duration initdead;

    private ClusterView view = ClusterView.none();
    private final Set<String> everSeen = new HashSet<>();
    private final Set<String> farewells = new HashSet<>();
    private final Set<String> late = new HashSet<>();
    private final Map<String, NodeStatus.State> gone = new HashMap<>();
    private boolean initdeadOver;

    MembershipState(String local, Set<String> listed, Duration warntime, Duration initdead) {
        this.local = local;
        this.listed = Set.copyOf(listed);
        this.warntime = warntime;
        this.initdead = initdead;
    }

    ClusterView view() {
        return view;
    }

    /** The node said it is stopping; when it leaves the view it is reported {@link NodeEvent.Left}. */
    void farewell(String node) {
        farewells.add(node);
    }

    /**
     * A new view was installed.
     *
     * @param lastHeard age of the last message from each node, looked up when the view arrived
     */
    List<NodeEvent> onView(ClusterView next, Function<String, Optional<Duration>> lastHeard) {
        List<NodeEvent> events = new ArrayList<>();
        ClusterView previous = view;
        view = next;
        for (String node : previous.members()) {
            if (next.contains(node) || node.equals(local)) {
                continue;
            }
            late.remove(node);
            if (farewells.remove(node)) {
                gone.put(node, NodeStatus.State.LEFT);
                events.add(new NodeEvent.Left(node, next));
            } else {
                gone.put(node, NodeStatus.State.DEAD);
                events.add(new NodeEvent.Dead(node, lastHeard.apply(node), next));
            }
        }
        for (String node : next.members()) {
            if (!previous.contains(node) && !node.equals(local)) {
                gone.remove(node);
                farewells.remove(node);
                events.add(new NodeEvent.Joined(node, next));
            }
            everSeen.add(node);
        }
        return events;
    }

    /**
     * Periodic check, every keepalive: late heartbeats and the end of initdead.
     *
     * @param sinceStart time since this node started
     * @param lastHeard  age of the last message from a node
     */
    List<NodeEvent> onTick(Duration sinceStart, Function<String, Optional<Duration>> lastHeard) {
        List<NodeEvent> events = new ArrayList<>();
        for (String node : view.members()) {
            if (node.equals(local)) {
                continue;
            }
            Optional<Duration> age = lastHeard.apply(node);
            if (age.isEmpty()) {
                continue;
            }
            if (age.get().compareTo(warntime) > 0) {
                if (late.add(node)) {
                    events.add(new NodeEvent.Late(node, age.get(), view));
                }
            } else {
                late.remove(node);
            }
        }
        if (!initdeadOver && sinceStart.compareTo(initdead) >= 0) {
            initdeadOver = true;
            for (String node : new TreeSet<>(listed)) {
                if (!node.equals(local) && !everSeen.contains(node) && !gone.containsKey(node)) {
                    gone.put(node, NodeStatus.State.DEAD);
                    events.add(new NodeEvent.Dead(node, Optional.empty(), view));
                }
            }
        }
        return events;
    }

    boolean isLate(String node) {
        return late.contains(node);
    }

    boolean initdeadOver() {
        return initdeadOver;
    }

    List<NodeStatus> statuses(Function<String, Optional<Duration>> lastHeard) {
        Set<String> names = new TreeSet<>(listed);
        names.addAll(view.members());
        names.addAll(gone.keySet());
        List<NodeStatus> out = new ArrayList<>();
        for (String node : names) {
            NodeStatus.State state;
            if (node.equals(local)) {
                state = NodeStatus.State.LOCAL;
            } else if (view.contains(node)) {
                state = late.contains(node) ? NodeStatus.State.LATE : NodeStatus.State.ACTIVE;
            } else {
                state = gone.getOrDefault(node, initdeadOver ? NodeStatus.State.DEAD : NodeStatus.State.UNKNOWN);
            }
            Optional<Duration> age = node.equals(local) ? Optional.empty() : lastHeard.apply(node);
            out.add(new NodeStatus(node, state, listed.contains(node), age));
        }
        return out;
    }
}
