package io.hactl.cib;

import java.util.Map;

/** A node of the {@code nodes} section, with its permanent attributes (e.g. {@code standby}). */
public record ClusterNode(String id, String uname, Map<String, String> attributes) {
    public ClusterNode {
        attributes = Map.copyOf(attributes);
    }
}
