package io.hactl.cib.edit;

import io.hactl.cib.PacemakerBoolean;
import io.hactl.cib.PacemakerDuration;
import io.hactl.cib.Score;
import io.hactl.cib.xml.XmlElement;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Cluster properties in {@code crm_config}, as {@code crm_attribute --type crm_config} writes them: an existing
 * pair of that name is updated in place, a new one goes into {@code cluster_property_set id="cib-bootstrap-options"}
 * as {@code cib-bootstrap-options-NAME}. Like crm_attribute, any name is accepted; the values of the options hactl
 * knows are checked the way Pacemaker would read them, so a typo is refused instead of silently meaning the default.
 */
public final class ClusterProperties {
    private static final String SET_ID = "cib-bootstrap-options";
    private static final Set<String> BOOLEANS = Set.of("stonith-enabled", "maintenance-mode", "symmetric-cluster",
            "start-failure-is-fatal", "stop-all-resources", "stop-orphan-resources", "stop-orphan-actions",
            "enable-startup-probes", "startup-fencing", "concurrent-fencing");
    private static final Set<String> SCORES = Set.of("default-resource-stickiness",
            "default-resource-failure-stickiness");
    private static final Set<String> DURATIONS = Set.of("cluster-recheck-interval", "dc-deadtime",
            "election-timeout", "shutdown-escalation", "stonith-timeout", "join-integration-timeout",
            "join-finalization-timeout", "transition-delay");
    private static final List<String> NO_QUORUM_POLICIES = List.of("stop", "freeze", "ignore", "demote", "suicide");
    private static final List<String> PLACEMENT_STRATEGIES = List.of("default", "utilization", "minimal", "balanced");

    private ClusterProperties() {}

    /** Sets (or, with an empty value, removes) cluster property {@code name}. */
    public static XmlElement setProperty(XmlElement cib, String name, Optional<String> value) {
        value.ifPresent(v -> check(name, v));
        XmlElement crmConfig = Sections.configuration(cib, "crm_config");
        return Sections.withConfiguration(cib,
                NvPairSets.set(crmConfig, "cluster_property_set", SET_ID, name, value));
    }

    /** The value in effect: the first set to name it wins, as the CIB reader reads it. Empty when unset. */
    public static Optional<String> property(XmlElement cib, String name) {
        return NvPairSets.value(Sections.configuration(cib, "crm_config"), "cluster_property_set", name);
    }

    private static void check(String name, String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (BOOLEANS.contains(name) && !PacemakerBoolean.isTrue(v) && !PacemakerBoolean.isFalse(v)) {
            refuse(name, value, "true or false");
        } else if (SCORES.contains(name) && Score.parse(value).isEmpty()) {
            refuse(name, value, "an integer, INFINITY or -INFINITY");
        } else if (DURATIONS.contains(name) && PacemakerDuration.parse(value).isEmpty()) {
            refuse(name, value, "a time such as 15min, 30s or PT15M");
        } else if (name.equals("no-quorum-policy") && !NO_QUORUM_POLICIES.contains(v)) {
            refuse(name, value, String.join(", ", NO_QUORUM_POLICIES));
        } else if (name.equals("placement-strategy") && !PLACEMENT_STRATEGIES.contains(v)) {
            refuse(name, value, String.join(", ", PLACEMENT_STRATEGIES));
        }
    }

    private static void refuse(String name, String value, String expected) {
        throw new CibEditException("cluster property " + name + " cannot be \"" + value + "\": expected "
                + expected);
    }
}
