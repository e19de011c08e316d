package io.hactl.cib.edit;

import io.hactl.cib.xml.XmlElement;
import java.util.List;

/** Replacing the whole {@code configuration} section ({@code hactl config push}); the status is kept. */
public final class ConfigurationSection {
    private ConfigurationSection() {}

    /** {@code cib} with {@code configuration} in place of its own; the caller has verified it (CibVerifier). */
    public static XmlElement replaceConfiguration(XmlElement cib, XmlElement configuration) {
        if (!configuration.name().equals("configuration")) {
            throw new CibEditException("expected a <configuration> element, got <" + configuration.name() + ">");
        }
        return Trees.withSection(cib, configuration, List.of("configuration", "status"));
    }
}
