package io.hactl.cib.edit;

import io.hactl.cib.xml.XmlElement;
import io.hactl.cib.xml.XmlNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Rebuilding an immutable tree around one changed element; everything else (comments too) is kept as it was. */
final class Trees {
    private Trees() {}

    /** A new element with attributes in the order given: name, value, name, value... */
    static XmlElement element(String name, String... attributes) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < attributes.length; i += 2) {
            map.put(attributes[i], attributes[i + 1]);
        }
        return XmlElement.of(name, map, List.of());
    }

    static XmlElement withChildren(XmlElement element, List<XmlNode> children) {
        return new XmlElement(element.name(), element.attributes(), children, element.line());
    }

    static XmlElement append(XmlElement parent, XmlElement child) {
        List<XmlNode> children = new ArrayList<>(parent.children());
        children.add(child);
        return withChildren(parent, children);
    }

    /** {@code parent} without the element children {@code remove} accepts. */
    static XmlElement remove(XmlElement parent, Predicate<XmlElement> remove) {
        List<XmlNode> children = new ArrayList<>(parent.children());
        children.removeIf(c -> c instanceof XmlElement e && remove.test(e));
        return children.size() == parent.children().size() ? parent : withChildren(parent, children);
    }

    /** {@code root} with {@code target} (found by identity, at any depth) replaced; unchanged when absent. */
    static XmlElement replace(XmlElement root, XmlElement target, XmlElement replacement) {
        if (root == target) {
            return replacement;
        }
        List<XmlNode> children = root.children();
        for (int i = 0; i < children.size(); i++) {
            if (children.get(i) instanceof XmlElement child) {
                XmlElement changed = replace(child, target, replacement);
                if (changed != child) {
                    List<XmlNode> copy = new ArrayList<>(children);
                    copy.set(i, changed);
                    return withChildren(root, copy);
                }
            }
        }
        return root;
    }

    /** {@code parent} with its child of the same name and id replaced by {@code replacement}, or appended. */
    static XmlElement upsertById(XmlElement parent, XmlElement replacement) {
        String id = replacement.attributeOr("id", "");
        return parent.elements(replacement.name()).filter(e -> e.attributeOr("id", "").equals(id)).findFirst()
                .map(existing -> replace(parent, existing, replacement))
                .orElseGet(() -> append(parent, replacement));
    }

    /** The first child named {@code name}, or a new empty one. */
    static XmlElement childOrNew(XmlElement parent, String name) {
        return parent.child(name).orElseGet(() -> element(name));
    }

    /**
     * {@code parent} with {@code child} replacing its first child of the same name, or inserted before the first
     * child that comes after it in {@code order} (so a new {@code crm_config} goes first, as Pacemaker writes it).
     */
    static XmlElement withSection(XmlElement parent, XmlElement child, List<String> order) {
        if (parent.child(child.name()).isPresent()) {
            return parent.withChild(child);
        }
        int rank = order.indexOf(child.name());
        List<XmlNode> children = new ArrayList<>(parent.children());
        for (int i = 0; i < children.size(); i++) {
            if (children.get(i) instanceof XmlElement e && rank >= 0 && order.indexOf(e.name()) > rank) {
                children.add(i, child);
                return withChildren(parent, children);
            }
        }
        children.add(child);
        return withChildren(parent, children);
    }
}
