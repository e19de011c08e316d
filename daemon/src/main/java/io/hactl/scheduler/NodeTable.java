package io.hactl.scheduler;

import io.hactl.cib.PacemakerBoolean;
import io.hactl.cib.CibSnapshot;
import io.hactl.cib.ClusterNode;
import io.hactl.cib.NodeState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cluster's nodes as the scheduler sees them: indexed 0..n-1 in CIB order (the {@code nodes} section, then
 * nodes only known from status), each online or not, in standby or not, with the attributes rules can test.
 */
final class NodeTable {
    private final List<String> names = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    private final List<Boolean> online = new ArrayList<>();
    private final List<Boolean> standby = new ArrayList<>();
    private final List<Map<String, String>> attributes = new ArrayList<>();

    NodeTable(CibSnapshot cib) {
        Map<String, NodeState> states = new HashMap<>();
        cib.status().forEach(s -> states.put(s.uname(), s));
        Map<String, Map<String, String>> permanent = new LinkedHashMap<>();
        for (ClusterNode node : cib.nodes()) {
            permanent.put(node.uname(), node.attributes());
        }
        cib.status().forEach(s -> permanent.putIfAbsent(s.uname(), Map.of()));
        permanent.forEach((name, attrs) -> {
            NodeState state = states.get(name);
            Map<String, String> all = new HashMap<>(attrs);
            if (state != null) {
                all.putAll(state.transientAttributes());
            }
            all.put("#uname", name);
            all.put("#kind", "cluster");
            index.put(name, names.size());
            names.add(name);
            // Without fencing, a node the status does not show as joined is simply offline (Pacemaker's
            // "blind faith" with stonith-enabled=false): its resources count as stopped.
            online.add(state != null && state.isOnline());
            standby.add(PacemakerBoolean.isTrue(all.get("standby")));
            attributes.add(Map.copyOf(all));
        });
    }

    int size() {
        return names.size();
    }

    String name(int node) {
        return names.get(node);
    }

    int indexOf(String name) {
        return index.getOrDefault(name, -1);
    }

    boolean isOnline(int node) {
        return online.get(node);
    }

    boolean isStandby(int node) {
        return standby.get(node);
    }

    /** Can run resources: online and not in standby. */
    boolean isAvailable(int node) {
        return online.get(node) && !standby.get(node);
    }

    Map<String, String> attributes(int node) {
        return attributes.get(node);
    }

    List<String> names() {
        return List.copyOf(names);
    }
}
