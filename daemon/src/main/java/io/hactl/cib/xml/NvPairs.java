package io.hactl.cib.xml;

import java.util.LinkedHashMap;
import java.util.Map;

/** Reads {@code <nvpair name value/>} sets ({@code instance_attributes}, {@code meta_attributes}, ...). */
final class NvPairs {
    private NvPairs() {}

    /** Merges every set named {@code setName} under {@code parent}; the first set to name a key wins, as in Pacemaker. */
    static Map<String, String> read(XmlElement parent, String setName, String path, Problems problems) {
        Map<String, String> values = new LinkedHashMap<>();
        parent.elements(setName).forEach(set -> {
            String setPath = path + "/" + set.step();
            set.elements().forEach(child -> {
                if (child.name().equals("nvpair")) {
                    String name = child.attributeOr("name", "");
                    if (name.isEmpty()) {
                        problems.error(setPath + "/" + child.step(), child, "nvpair without a name", "name=\"...\"");
                    } else {
                        values.putIfAbsent(name, child.attributeOr("value", ""));
                    }
                } else {
                    // Rules on attribute sets make values depend on time or node: not modelled.
                    problems.unsupported(setPath + "/" + child.step(), child, child.name().equals("rule"));
                }
            });
        });
        return values;
    }
}
