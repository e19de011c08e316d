package io.hactl.cib.status;

import io.hactl.cib.OperationRecord;
import io.hactl.cib.xml.XmlElement;
import io.hactl.cib.xml.XmlNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Writes the CIB's {@code status} section the way Pacemaker's controller does: one {@code node_state} per node
 * with its membership flags, its transient attributes (fail counts, last failures) and the operation history its
 * node reported. Pure functions from one tree to the next; the version is the caller's business.
 */
public final class StatusTree {
    private StatusTree() {}

    /** Membership flags of a node: in the view, and whether its controller has joined the coordinator. */
    public static XmlElement membership(XmlElement cib, String node, boolean inView, boolean joined) {
        return updateNode(cib, node, state -> state
                .withAttribute("in_ccm", Boolean.toString(inView))
                .withAttribute("crmd", inView ? "online" : "offline")
                .withAttribute("join", inView ? (joined ? "member" : "pending") : "down")
                .withAttribute("expected", inView ? "member" : "down"));
    }

    /** Replaces a node's whole operation history by what the node itself reports (a join). */
    public static XmlElement replaceHistory(XmlElement cib, String node, List<LrmResource> resources) {
        List<XmlNode> entries = new ArrayList<>();
        resources.forEach(r -> entries.add(lrmResource(r, r.operations())));
        return updateNode(cib, node, state -> withChildById(state,
                element("lrm", attrs("id", node), List.of(element("lrm_resources", Map.of(), entries)))));
    }

    /** Records one operation result; an entry with the same id (e.g. {@code RSC_last_0}) is replaced. */
    public static XmlElement record(XmlElement cib, String node, LrmResource agent, OperationRecord op) {
        return updateNode(cib, node, state -> {
            XmlElement lrm = state.child("lrm").orElse(element("lrm", attrs("id", node), List.of()));
            XmlElement resources = lrm.child("lrm_resources").orElse(element("lrm_resources", Map.of(), List.of()));
            XmlElement resource = resources.elements("lrm_resource")
                    .filter(r -> r.attributeOr("id", "").equals(agent.id())).findFirst()
                    .orElse(lrmResource(agent, List.of()));
            resource = withChildById(resource, operation(agent.id(), op));
            return state.withChild(lrm.withChild(withChildById(resources, resource)));
        });
    }

    /** Removes a resource's history on a node, so that the next transition probes it again. */
    public static XmlElement forget(XmlElement cib, String node, String resource) {
        return updateNode(cib, node, state -> state.child("lrm").map(lrm -> lrm.child("lrm_resources")
                .map(list -> state.withChild(lrm.withChild(without(list, "lrm_resource", resource))))
                .orElse(state)).orElse(state));
    }

    /**
     * One more failure of {@code operationKey} ({@code monitor_15000}, {@code start_0}): Pacemaker's per-operation
     * {@code fail-count-RSC#OP_INTERVAL} grows by one (to INFINITY for {@code infinite}) and
     * {@code last-failure-RSC#OP_INTERVAL} becomes {@code at}.
     */
    public static XmlElement failure(XmlElement cib, String node, String resource, String operationKey,
            boolean infinite, Instant at) {
        String suffix = resource + "#" + operationKey;
        return transientAttributes(cib, node, attributes -> {
            String current = attributes.getOrDefault("fail-count-" + suffix, "0");
            long count = current.equalsIgnoreCase("INFINITY") ? 1_000_000 : parse(current);
            attributes.put("fail-count-" + suffix, infinite || count + 1 >= 1_000_000 ? "INFINITY"
                    : Long.toString(count + 1));
            attributes.put("last-failure-" + suffix, Long.toString(at.getEpochSecond()));
        });
    }

    /** Changes a node's transient attributes ({@code status-NODE} nvpairs) as a map. */
    public static XmlElement transientAttributes(XmlElement cib, String node, java.util.function.Consumer<Map<String, String>> change) {
        return updateNode(cib, node, state -> {
            XmlElement transients = state.child("transient_attributes")
                    .orElse(element("transient_attributes", attrs("id", node), List.of()));
            Map<String, String> values = new LinkedHashMap<>();
            transients.elements("instance_attributes").flatMap(set -> set.elements("nvpair"))
                    .forEach(p -> values.putIfAbsent(p.attributeOr("name", ""), p.attributeOr("value", "")));
            change.accept(values);
            List<XmlNode> pairs = new ArrayList<>();
            values.forEach((name, value) -> pairs.add(element("nvpair",
                    attrs("id", "status-" + node + "-" + name.replace('#', '.'), "name", name, "value", value),
                    List.of())));
            XmlElement set = element("instance_attributes", attrs("id", "status-" + node), pairs);
            return state.withChild(element("transient_attributes", transients.attributes(), List.of(set)));
        });
    }

    private static long parse(String number) {
        try {
            return Long.parseLong(number.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static XmlElement updateNode(XmlElement cib, String node, UnaryOperator<XmlElement> change) {
        XmlElement status = cib.child("status").orElse(element("status", Map.of(), List.of()));
        XmlElement state = status.elements("node_state").filter(s -> s.attributeOr("uname", s.attributeOr("id", ""))
                .equals(node)).findFirst().orElse(element("node_state", attrs("id", node, "uname", node), List.of()));
        return cib.withChild(withChildById(status, change.apply(state)));
    }

    private static XmlElement lrmResource(LrmResource r, List<OperationRecord> ops) {
        Map<String, String> a = attrs("id", r.id(), "type", r.type(), "class", r.agentClass());
        r.provider().ifPresent(p -> a.put("provider", p));
        List<XmlNode> children = new ArrayList<>();
        ops.forEach(op -> children.add(operation(r.id(), op)));
        return element("lrm_resource", a, children);
    }

    private static XmlElement operation(String resource, OperationRecord op) {
        Map<String, String> a = attrs("id", op.id(),
                "operation_key", resource + "_" + op.operation() + "_" + op.intervalMs(),
                "operation", op.operation(),
                "call-id", Long.toString(op.callId()),
                "rc-code", Integer.toString(op.rcCode()),
                "op-status", Integer.toString(op.opStatus()),
                "interval", Long.toString(op.intervalMs()),
                "last-rc-change", Long.toString(op.lastRcChange()),
                "exec-time", Long.toString(op.execMs()),
                "queue-time", Long.toString(op.queueMs()));
        if (!op.exitReason().isEmpty()) {
            a.put("exit-reason", op.exitReason());
        }
        return element("lrm_rsc_op", a, List.of());
    }

    /** {@code parent} with the child of the same name and id replaced, or appended when there is none. */
    private static XmlElement withChildById(XmlElement parent, XmlElement replacement) {
        List<XmlNode> children = new ArrayList<>(parent.children());
        String id = replacement.attributeOr("id", "");
        for (int i = 0; i < children.size(); i++) {
            if (children.get(i) instanceof XmlElement e && e.name().equals(replacement.name())
                    && e.attributeOr("id", "").equals(id)) {
                children.set(i, replacement);
                return new XmlElement(parent.name(), parent.attributes(), children, parent.line());
            }
        }
        children.add(replacement);
        return new XmlElement(parent.name(), parent.attributes(), children, parent.line());
    }

    private static XmlElement without(XmlElement parent, String name, String id) {
        List<XmlNode> children = new ArrayList<>(parent.children());
        children.removeIf(c -> c instanceof XmlElement e && e.name().equals(name) && e.attributeOr("id", "").equals(id));
        return new XmlElement(parent.name(), parent.attributes(), children, parent.line());
    }

    private static XmlElement element(String name, Map<String, String> attributes, List<XmlNode> children) {
        return XmlElement.of(name, attributes, children);
    }

    private static Map<String, String> attrs(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** The operation history a node reported, read back from the tree (what a new coordinator inherits). */
    public static Optional<XmlElement> nodeState(XmlElement cib, String node) {
        return cib.child("status").flatMap(s -> s.elements("node_state")
                .filter(n -> n.attributeOr("uname", n.attributeOr("id", "")).equals(node)).findFirst());
    }
}
