package io.hactl.cib.edit;

import io.hactl.cib.xml.XmlElement;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Finding and rewriting one node's {@code node_state} in the status section, for every status writer. */
final class NodeStates {
    private NodeStates() {}

    static Optional<XmlElement> find(XmlElement cib, String node) {
        List<XmlElement> states = Sections.status(cib).elements("node_state").toList();
        return states.stream().filter(s -> s.attributeOr("uname", "").equals(node)).findFirst()
                .or(() -> states.stream().filter(s -> s.attributeOr("id", "").equals(node)).findFirst());
    }

    /** {@code cib} with the node's state changed; a node without one gets a new {@code node_state}. */
    static XmlElement update(XmlElement cib, String node, UnaryOperator<XmlElement> change) {
        XmlElement status = Sections.status(cib);
        Optional<XmlElement> existing = find(cib, node);
        XmlElement state = existing.orElseGet(() -> Trees.element("node_state", "id", nodeId(cib, node),
                "uname", node));
        XmlElement changed = change.apply(state);
        return Sections.withStatus(cib, existing.isPresent() ? Trees.replace(status, state, changed)
                : Trees.append(status, changed));
    }

    /** A transient attribute ({@code status-NODEID-NAME}) set, or removed when {@code value} is empty. */
    static XmlElement setTransient(XmlElement state, String name, Optional<String> value) {
        String id = state.attributeOr("id", state.attributeOr("uname", ""));
        Optional<XmlElement> transients = state.child("transient_attributes");
        XmlElement current = transients.orElseGet(() -> Trees.element("transient_attributes", "id", id));
        XmlElement changed = NvPairSets.set(current, "instance_attributes", NvPairSets.id("status-" + id), name,
                value);
        return transients.isPresent() ? Trees.replace(state, current, changed) : Trees.append(state, changed);
    }

    /** The node's id for a new node_state: from the nodes section (ids may be numbers), else its name. */
    private static String nodeId(XmlElement cib, String node) {
        return NodeAttributes.find(Sections.configuration(cib, "nodes"), node)
                .map(n -> n.attributeOr("id", node)).orElse(node);
    }
}
