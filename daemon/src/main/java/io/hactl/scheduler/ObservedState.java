package io.hactl.scheduler;

import io.hactl.cib.CibSnapshot;
import io.hactl.cib.NodeState;
import io.hactl.cib.Primitive;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scheduler's reading of the status section (operation history, fail counts) offered to the status display.
 * Pure, like the scheduler: the same snapshot and "now" always give the same answer.
 */
public final class ObservedState {
    private ObservedState() {}

    /** Every primitive, in CIB order. Offline nodes count as running nothing, as the scheduler counts them. */
    public static List<ObservedResource> read(CibSnapshot cib, Instant now) {
        NodeTable nodes = new NodeTable(cib);
        ResourceTable table = new ResourceTable(cib, nodes, now);
        Map<String, Map<String, int[]>> failures = new HashMap<>();
        Map<String, NodeState> offline = new HashMap<>();
        for (NodeState state : cib.status()) {
            failures.put(state.uname(), FailCounts.index(state));
            if (!state.isOnline()) {
                offline.put(state.uname(), state);
            }
        }
        List<ObservedResource> observed = new ArrayList<>();
        for (int r = 0; r < table.size(); r++) {
            List<String> running = new ArrayList<>();
            List<String> failed = new ArrayList<>();
            List<String> blocked = new ArrayList<>();
            List<String> lastSeen = new ArrayList<>();
            Map<String, Integer> counts = new LinkedHashMap<>();
            Map<String, Instant> lastFailures = new LinkedHashMap<>();
            String id = table.primitives.get(r).id();
            for (int node = 0; node < nodes.size(); node++) {
                ActiveState state = table.state[r][node];
                String name = nodes.name(node);
                if (state.running()) {
                    running.add(name);
                }
                if (state.running() && state.failed()) {
                    failed.add(name);
                }
                if (state.stopFailed()) {
                    blocked.add(name);
                }
                if (offline.containsKey(name) && lastRunning(offline.get(name), table, r, now)) {
                    lastSeen.add(name);
                }
                if (table.failCount[r][node] > 0) {
                    counts.put(name, table.failCount[r][node]);
                    int[] entry = failures.getOrDefault(name, Map.of()).get(id);
                    if (entry != null && entry[1] > 0) {
                        lastFailures.put(name, Instant.ofEpochSecond(entry[1]));
                    }
                }
            }
            ResourceSettings settings = table.settings[r];
            observed.add(new ObservedResource(id, running, failed, blocked, lastSeen, settings.targetStopped(),
                    settings.managed(), settings.migrationThreshold(), counts, lastFailures, settings.failureTimeout()));
        }
        return observed;
    }

    /** The scheduler counts an offline node as running nothing; its history still says what it last ran. */
    private static boolean lastRunning(NodeState node, ResourceTable table, int r, Instant now) {
        Primitive primitive = table.primitives.get(r);
        return node.history().stream().filter(h -> h.resource().equals(primitive.id()))
                .anyMatch(h -> HistoryReader.replay(h.operations(), table.settings[r].failureTimeout(), now,
                        "restart", table.settings[r].managed()).running());
    }
}
