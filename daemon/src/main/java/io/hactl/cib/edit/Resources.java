package io.hactl.cib.edit;

import io.hactl.cib.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Finding primitives and groups in the {@code resources} section, with messages naming what exists. */
final class Resources {
    private Resources() {}

    /** Every primitive and group, at any depth, in document order. */
    static List<XmlElement> all(XmlElement cib) {
        List<XmlElement> found = new ArrayList<>();
        cib.child("configuration").flatMap(c -> c.child("resources")).ifPresent(r -> collect(r, found));
        return found;
    }

    private static void collect(XmlElement parent, List<XmlElement> found) {
        parent.elements().forEach(e -> {
            if (e.name().equals("primitive") || e.name().equals("group")) {
                found.add(e);
            }
            if (!e.name().equals("primitive")) {
                collect(e, found);
            }
        });
    }

    static Optional<XmlElement> find(XmlElement cib, String id) {
        return all(cib).stream().filter(e -> e.attributeOr("id", "").equals(id)).findFirst();
    }

    /** The primitive or group {@code id}, or a refusal listing the primitives, then the groups, the CIB has. */
    static XmlElement require(XmlElement cib, String id) {
        return find(cib, id).orElseThrow(() -> new CibEditException(
                "no resource or group named \"" + id + "\"; " + known(cib)));
    }

    static String known(XmlElement cib) {
        List<XmlElement> all = all(cib);
        List<String> ids = Stream.concat(all.stream().filter(e -> e.name().equals("primitive")),
                all.stream().filter(e -> e.name().equals("group"))).map(e -> e.attributeOr("id", "")).toList();
        return ids.isEmpty() ? "the CIB has no resources" : "the CIB has: " + String.join(", ", ids);
    }

    /** The group {@code primitive} is a member of. */
    static Optional<String> groupOf(XmlElement cib, String primitive) {
        return all(cib).stream().filter(e -> e.name().equals("group"))
                .filter(g -> g.elements("primitive").anyMatch(p -> p.attributeOr("id", "").equals(primitive)))
                .map(g -> g.attributeOr("id", "")).findFirst();
    }

    /** The primitives {@code element} stands for: itself, or a group's members. */
    static List<String> primitives(XmlElement element) {
        if (element.name().equals("primitive")) {
            return List.of(element.attributeOr("id", ""));
        }
        return element.elements("primitive").map(p -> p.attributeOr("id", "")).toList();
    }
}
