package io.hactl.control;

import io.hactl.membership.MembershipQuery;
import io.hactl.membership.NodeStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code nodes}: every node membership knows, with our state, Heartbeat's word for it, its type and its
 * heartbeat links. What {@code hactl cl_status} prints comes from here.
 *
 * <p>Result: {@code {"local": NODE, "dc": NODE|"", "nodes": [{"name", "state": "local|active|late|dead|left|unknown",
 * "status": "active|dead|init", "type": "normal", "listed": bool, "last_heard_ms": N|null,
 * "links": [{"name": DEV, "status": "up|dead"}]}]}}.
 */
public final class NodesCommand implements ControlCommand {
    private final MembershipQuery membership;
    private final List<String> links;

    /** @param links the heartbeat links (ha.cf media devices), the same for every node */
    public NodesCommand(MembershipQuery membership, List<String> links) {
        this.membership = membership;
        this.links = List.copyOf(links);
    }

    @Override
    public String name() {
        return "nodes";
    }

    @Override
    public Access access() {
        return Access.READ_ONLY;
    }

    @Override
    public Map<String, Object> run(Map<String, Object> arguments) {
        List<Object> nodes = membership.nodes().stream().map(this::describe).map(Object.class::cast).toList();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("local", membership.localNode());
        result.put("dc", membership.view().dc());
        result.put("nodes", nodes);
        return result;
    }

    private Map<String, Object> describe(NodeStatus node) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", node.node());
        out.put("state", node.state().name().toLowerCase(Locale.ROOT));
        out.put("status", HeartbeatNodeStatus.node(node.state()));
        out.put("type", "normal");
        out.put("listed", node.listed());
        out.put("last_heard_ms", node.lastHeard().map(d -> (Object) d.toMillis()).orElse(null));
        String linkStatus = HeartbeatNodeStatus.link(node.state());
        out.put("links", links.stream().map(l -> (Object) Map.of("name", l, "status", linkStatus)).toList());
        return out;
    }
}
