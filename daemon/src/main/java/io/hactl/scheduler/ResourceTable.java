package io.hactl.scheduler;

import io.hactl.cib.CibSnapshot;
import io.hactl.cib.Group;
import io.hactl.cib.NodeState;
import io.hactl.cib.Primitive;
import io.hactl.cib.ResourceHistory;
import io.hactl.cib.ResourceOperation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every primitive indexed 0..r-1 in CIB order, with its settings, where it is active now, and its fail counts per
 * node. Built once per scheduling run from the snapshot and "now".
 */
final class ResourceTable {
    final List<Primitive> primitives;
    final ResourceSettings[] settings;
    /** state[resource][node]. */
    final ActiveState[][] state;
    /** failCount[resource][node]. */
    final int[][] failCount;
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, List<Integer>> groupMembers = new HashMap<>();
    private final Map<String, Map<String, String>> groupMeta = new HashMap<>();

    ResourceTable(CibSnapshot cib, NodeTable nodes, Instant now) {
        primitives = cib.resources();
        int r = primitives.size();
        settings = new ResourceSettings[r];
        state = new ActiveState[r][nodes.size()];
        failCount = new int[r][nodes.size()];
        cib.groups().forEach(g -> groupMeta.put(g.id(), g.meta()));
        for (int i = 0; i < r; i++) {
            Primitive primitive = primitives.get(i);
            index.put(primitive.id(), i);
            settings[i] = ResourceSettings.of(cib, primitive,
                    primitive.group().map(g -> groupMeta.getOrDefault(g, Map.of())).orElse(Map.of()));
            java.util.Arrays.fill(state[i], ActiveState.STOPPED);
        }
        for (Group group : cib.groups()) {
            groupMembers.put(group.id(), group.members().stream().map(index::get).toList());
        }
        for (NodeState nodeState : cib.status()) {
            int node = nodes.indexOf(nodeState.uname());
            if (node < 0 || !nodes.isOnline(node)) {
                continue;
            }
            for (ResourceHistory history : nodeState.history()) {
                Integer resource = index.get(history.resource());
                if (resource == null) {
                    continue; // an orphan: history of a resource no longer configured
                }
                state[resource][node] = HistoryReader.replay(history.operations(),
                        settings[resource].failureTimeout(), now, onFail(primitives.get(resource)),
                        settings[resource].managed());
            }
            Map<String, int[]> failures = FailCounts.index(nodeState);
            for (String failed : failures.keySet()) {
                Integer resource = index.get(failed);
                if (resource != null) {
                    failCount[resource][node] = FailCounts.count(failures, failed,
                            settings[resource].failureTimeout(), now);
                }
            }
        }
    }

    private static String onFail(Primitive primitive) {
        return primitive.operations().stream().filter(op -> op.name().equals("monitor"))
                .map(ResourceOperation::onFail).flatMap(java.util.Optional::stream).findFirst().orElse("restart");
    }

    int size() {
        return primitives.size();
    }

    int indexOf(String id) {
        return index.getOrDefault(id, -1);
    }

    /** A group's own meta attributes. */
    Map<String, String> groupMeta(String group) {
        return groupMeta.getOrDefault(group, Map.of());
    }

    boolean isGroup(String id) {
        return groupMembers.containsKey(id);
    }

    /** The primitives a constraint on {@code id} concerns: the members of a group, or the primitive itself. */
    List<Integer> members(String id) {
        List<Integer> members = groupMembers.get(id);
        if (members != null) {
            return members;
        }
        int single = indexOf(id);
        return single < 0 ? List.of() : List.of(single);
    }

    /** Nodes where the resource is active now, in node order. */
    List<Integer> activeNodes(int resource) {
        List<Integer> active = new ArrayList<>();
        for (int node = 0; node < state[resource].length; node++) {
            if (state[resource][node].running()) {
                active.add(node);
            }
        }
        return active;
    }

    /**
     * Where the cluster means the resource to run when it is active on several nodes: the instance it started last.
     * The others are stale copies (a node that was lost and came back with what it ran, or one whose hactld
     * crashed and was restarted), which {@code multiple-active=stop_unexpected} stops; an instance found by a probe
     * with no start in its history counts as oldest. With one active node, that node; with none, -1.
     */
    int expectedNode(int resource) {
        int expected = -1;
        for (int node : activeNodes(resource)) {
            if (expected < 0 || state[resource][node].startedAt() > state[resource][expected].startedAt()) {
                expected = node;
            }
        }
        return expected;
    }

    /** The node stickiness pulls the resource to: its only active node, or with stop_unexpected its expected one. */
    int stickyNode(int resource) {
        List<Integer> active = activeNodes(resource);
        if (active.size() == 1) {
            return active.get(0);
        }
        return active.size() > 1 && settings[resource].multipleActive().equals("stop_unexpected")
                ? expectedNode(resource) : -1;
    }

    boolean failedAnywhere(int resource) {
        for (ActiveState s : state[resource]) {
            if (s.running() && s.failed()) {
                return true;
            }
        }
        return false;
    }

    boolean blocked(int resource) {
        for (ActiveState s : state[resource]) {
            if (s.stopFailed()) {
                return true;
            }
        }
        return false;
    }
}
