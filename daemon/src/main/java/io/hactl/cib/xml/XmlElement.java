package io.hactl.cib.xml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An element with its attributes in document order and its children, immutable. The CIB is kept as a tree of
 * these rather than as bound classes so that elements hactl does not model are written back exactly.
 *
 * @param line the line it started on in the file it was read from, 0 when built in memory
 */
public record XmlElement(String name, Map<String, String> attributes, List<XmlNode> children, int line)
        implements XmlNode {

    public XmlElement {
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        children = List.copyOf(children);
    }

    public static XmlElement of(String name, Map<String, String> attributes, List<XmlNode> children) {
        return new XmlElement(name, attributes, children, 0);
    }

    public Optional<String> attribute(String key) {
        return Optional.ofNullable(attributes.get(key));
    }

    public String attributeOr(String key, String fallback) {
        return attributes.getOrDefault(key, fallback);
    }

    public Stream<XmlElement> elements() {
        return children.stream().filter(XmlElement.class::isInstance).map(XmlElement.class::cast);
    }

    public Stream<XmlElement> elements(String childName) {
        return elements().filter(e -> e.name.equals(childName));
    }

    public Optional<XmlElement> child(String childName) {
        return elements(childName).findFirst();
    }

    public XmlElement withAttribute(String key, String value) {
        Map<String, String> copy = new LinkedHashMap<>(attributes);
        copy.put(key, value);
        return new XmlElement(name, copy, children, line);
    }

    /** This element with its first child named {@code childName} replaced (or appended when absent). */
    public XmlElement withChild(XmlElement replacement) {
        List<XmlNode> copy = new ArrayList<>(children);
        for (int i = 0; i < copy.size(); i++) {
            if (copy.get(i) instanceof XmlElement e && e.name.equals(replacement.name)) {
                copy.set(i, replacement);
                return new XmlElement(name, attributes, copy, line);
            }
        }
        copy.add(replacement);
        return new XmlElement(name, attributes, copy, line);
    }

    /** An XPath-like location for messages: {@code primitive[@id='failover-ip']}. */
    public String step() {
        return attribute("id").map(id -> name + "[@id='" + id + "']").orElse(name);
    }
}
