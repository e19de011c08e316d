package io.hactl.cib.edit;

import io.hactl.cib.xml.XmlElement;
import java.util.Optional;

/**
 * Setting and removing one {@code nvpair} in the attribute sets of an element, the way crm_attribute and
 * crm_resource do: an existing pair of that name is updated in place (keeping its id and set); a new one goes
 * into the set with the tool's id ({@code SET_ID}), created when absent, with the id {@code SET_ID-NAME}.
 */
final class NvPairSets {
    private NvPairSets() {}

    /** The value of the first pair named {@code name} in the sets named {@code setName}, as Pacemaker reads it. */
    static Optional<String> value(XmlElement owner, String setName, String name) {
        return pair(owner, setName, name).map(p -> p.attributeOr("value", ""));
    }

    static Optional<XmlElement> pair(XmlElement owner, String setName, String name) {
        return owner.elements(setName).flatMap(set -> set.elements("nvpair"))
                .filter(p -> p.attributeOr("name", "").equals(name)).findFirst();
    }

    /** {@code owner} with {@code name} set to {@code value}, or removed from every set when value is empty. */
    static XmlElement set(XmlElement owner, String setName, String setId, String name, Optional<String> value) {
        if (value.isEmpty()) {
            XmlElement result = owner;
            for (XmlElement set : owner.elements(setName).toList()) {
                XmlElement without = Trees.remove(set, p -> p.name().equals("nvpair")
                        && p.attributeOr("name", "").equals(name));
                result = Trees.replace(result, set, without);
            }
            return result;
        }
        Optional<XmlElement> existing = pair(owner, setName, name);
        if (existing.isPresent()) {
            return Trees.replace(owner, existing.get(), existing.get().withAttribute("value", value.get()));
        }
        XmlElement pair = Trees.element("nvpair", "id", id(setId + "-" + name), "name", name, "value", value.get());
        Optional<XmlElement> set = owner.elements(setName)
                .filter(s -> s.attributeOr("id", "").equals(setId)).findFirst();
        if (set.isPresent()) {
            return Trees.replace(owner, set.get(), Trees.append(set.get(), pair));
        }
        return Trees.append(owner, Trees.append(Trees.element(setName, "id", setId), pair));
    }

    /** An id as Pacemaker sanitizes it ({@code crm_xml_sanitize_id}): ':' and '#' become '.'. */
    static String id(String raw) {
        return raw.replace(':', '.').replace('#', '.');
    }
}
