package io.hactl.status;

import io.hactl.json.JsonWriter;
import io.hactl.status.StatusModel.FailCount;
import io.hactl.status.StatusModel.FailedAction;
import io.hactl.status.StatusModel.GroupEntry;
import io.hactl.status.StatusModel.NodeEntry;
import io.hactl.status.StatusModel.ResourceEntry;
import io.hactl.status.StatusModel.ResourceItem;
import io.hactl.status.StatusModel.Summary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The status for scripts: one JSON object, schema {@code version} 1. Top-level {@code dc}, {@code quorum},
 * {@code nodes[].name/state}, {@code resources[].id/group/node/role/failcounts}, {@code failed_actions} and
 * {@code last_failover} are the fields issue 7 promises scripts; a change to them bumps the version.
 * Times are epoch seconds, durations milliseconds.
 */
public final class StatusJson {
    /** Bumped when a field changes meaning or disappears; new fields do not bump it. */
    public static final int VERSION = 1;

    private StatusJson() {}

    public static String render(StatusModel model) {
        return JsonWriter.write(document(model)) + "\n";
    }

    /** The document {@link #render} writes, as ordered maps and lists. */
    public static Map<String, Object> document(StatusModel model) {
        Map<String, Object> doc = new LinkedHashMap<>();
        Summary s = model.summary();
        doc.put("version", VERSION);
        doc.put("dc", s.dc().orElse(null));
        doc.put("quorum", s.quorum());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("last_updated", s.lastUpdated().getEpochSecond());
        summary.put("cib_version", s.cibVersion());
        summary.put("last_change", ordered("written", s.lastChange().written(), "user", s.lastChange().user(),
                "client", s.lastChange().client(), "node", s.lastChange().node()));
        summary.put("nodes_configured", s.nodesConfigured());
        summary.put("resources_configured", s.resourcesConfigured());
        summary.put("resources_disabled", s.resourcesDisabled());
        doc.put("summary", summary);
        doc.put("nodes", model.nodes().stream().map(StatusJson::node).toList());
        List<Object> resources = new ArrayList<>();
        List<Object> groups = new ArrayList<>();
        for (ResourceItem item : model.resources()) {
            if (item instanceof GroupEntry group) {
                groups.add(ordered("id", group.id(), "disabled", group.disabled(),
                        "members", group.members().stream().map(ResourceEntry::id).toList()));
                group.members().forEach(m -> resources.add(resource(m)));
            } else if (item instanceof ResourceEntry entry) {
                resources.add(resource(entry));
            }
        }
        doc.put("resources", resources);
        doc.put("groups", groups);
        doc.put("moves", model.moves().stream().map(m -> ordered("id", m.id(), "resource", m.resource(),
                "node", m.node().orElse(null), "kind", m.ban() ? "ban" : "prefer", "score", m.score(),
                "expires", m.expires().map(t -> (Object) t.getEpochSecond()).orElse(null))).toList());
        doc.put("migration", model.migration().stream().flatMap(n -> n.resources().stream()
                .map(c -> failCount(n.node(), c))).toList());
        doc.put("failed_actions", model.failedActions().stream().map(StatusJson::failedAction).toList());
        // Known only to a running DC (the controller records failovers); an offline CIB does not say.
        doc.put("last_failover", null);
        return doc;
    }

    private static Map<String, Object> node(NodeEntry node) {
        return ordered("name", node.name(), "state", node.condition().name().toLowerCase(Locale.ROOT),
                "active_resources", node.activeResources(),
                "last_heard_ms", node.lastHeard().map(d -> (Object) d.toMillis()).orElse(null));
    }

    private static Map<String, Object> resource(ResourceEntry r) {
        return ordered("id", r.id(), "group", r.group().orElse(null), "agent", r.agent(),
                "role", r.role().name().toLowerCase(Locale.ROOT),
                "node", r.nodes().isEmpty() ? null : r.nodes().get(0), "nodes", r.nodes(),
                "disabled", r.disabled(), "managed", r.managed(), "unclean", r.unclean(),
                "failcounts", new TreeMap<>(r.failCounts()));
    }

    private static Map<String, Object> failCount(String node, FailCount c) {
        return ordered("node", node, "resource", c.resource(),
                "migration_threshold", c.migrationThreshold().map(t -> (Object) t).orElse(null),
                "fail_count", c.failCount(),
                "last_failure", c.lastFailure().map(t -> (Object) t.getEpochSecond()).orElse(null));
    }

    private static Map<String, Object> failedAction(FailedAction a) {
        return ordered("resource", a.resource(), "operation", a.operation(), "interval_ms", a.intervalMs(),
                "node", a.node(), "rc", a.rc(), "rc_meaning", a.rcMeaning(), "exec_status", a.execStatus(),
                "call", a.callId(), "exit_reason", a.exitReason(), "last_rc_change", a.lastRcChange().getEpochSecond(),
                "queued_ms", a.queuedMs(), "exec_ms", a.execMs());
    }

    /** An insertion-ordered object from key, value pairs (values may be null, which Map.of refuses). */
    private static Map<String, Object> ordered(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
