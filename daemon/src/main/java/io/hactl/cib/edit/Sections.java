package io.hactl.cib.edit;

import io.hactl.cib.xml.XmlElement;
import java.util.List;

/** The {@code configuration} sections and the {@code status} section of a CIB, created where absent. */
final class Sections {
    private static final List<String> CONFIGURATION_ORDER =
            List.of("crm_config", "nodes", "resources", "constraints", "rsc_defaults", "op_defaults");
    private static final List<String> CIB_ORDER = List.of("configuration", "status");

    private Sections() {}

    static XmlElement configuration(XmlElement cib, String section) {
        return Trees.childOrNew(Trees.childOrNew(cib, "configuration"), section);
    }

    static XmlElement withConfiguration(XmlElement cib, XmlElement section) {
        XmlElement configuration = Trees.childOrNew(cib, "configuration");
        return Trees.withSection(cib, Trees.withSection(configuration, section, CONFIGURATION_ORDER), CIB_ORDER);
    }

    static XmlElement status(XmlElement cib) {
        return Trees.childOrNew(cib, "status");
    }

    static XmlElement withStatus(XmlElement cib, XmlElement status) {
        return Trees.withSection(cib, status, CIB_ORDER);
    }
}
