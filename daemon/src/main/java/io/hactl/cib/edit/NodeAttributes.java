package io.hactl.cib.edit;

import io.hactl.cib.PacemakerBoolean;
import io.hactl.cib.xml.XmlElement;
import java.util.Optional;

/**
 * Permanent node attributes in the {@code nodes} section, as {@code crm_attribute --type nodes} writes them:
 * set {@code nodes-NODEID}, pair {@code nodes-NODEID-NAME}. {@code standby} is the one hactl uses.
 */
public final class NodeAttributes {
    private NodeAttributes() {}

    /**
     * Sets (or, with an empty value, removes) {@code name} on {@code node}. A node missing from the {@code nodes}
     * section (haresources-translated and hand-written CIBs may list none) is added as
     * {@code <node id="NODE" uname="NODE"/>}; the caller has checked that the node is a cluster member.
     */
    public static XmlElement setNodeAttribute(XmlElement cib, String node, String name, Optional<String> value) {
        XmlElement nodes = Sections.configuration(cib, "nodes");
        Optional<XmlElement> existing = find(nodes, node);
        if (existing.isEmpty() && value.isEmpty()) {
            return cib;
        }
        XmlElement element = existing.orElseGet(() -> Trees.element("node", "id", node, "uname", node));
        String setId = NvPairSets.id("nodes-" + element.attributeOr("id", node));
        XmlElement changed = NvPairSets.set(element, "instance_attributes", setId, name, value);
        XmlElement newNodes = existing.isPresent() ? Trees.replace(nodes, element, changed)
                : Trees.append(nodes, changed);
        return Sections.withConfiguration(cib, newNodes);
    }

    /** The value of {@code name} on {@code node} in the {@code nodes} section. */
    public static Optional<String> nodeAttribute(XmlElement cib, String node, String name) {
        return find(Sections.configuration(cib, "nodes"), node)
                .flatMap(n -> NvPairSets.value(n, "instance_attributes", name));
    }

    /** Whether {@code node} is permanently in standby. */
    public static boolean standby(XmlElement cib, String node) {
        return nodeAttribute(cib, node, "standby").map(PacemakerBoolean::isTrue).orElse(false);
    }

    /** The {@code node} element for a uname (or, as Pacemaker falls back, an id). */
    static Optional<XmlElement> find(XmlElement nodes, String node) {
        return nodes.elements("node").filter(n -> n.attributeOr("uname", n.attributeOr("id", "")).equals(node))
                .findFirst().or(() -> nodes.elements("node")
                        .filter(n -> n.attributeOr("id", "").equals(node)).findFirst());
    }
}
