package io.hactl.cib.haresources;

import io.hactl.cib.xml.XmlElement;
import io.hactl.cib.xml.XmlNode;
import io.hactl.config.AutoFailback;
import io.hactl.config.HaResource;
import io.hactl.config.HaResources;
import io.hactl.config.IpAddressSpec;
import io.hactl.config.ResourceGroup;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Translates a haresources file ({@code crm no}) into a CIB, so both modes share one scheduler:
 * <ul>
 *   <li>each line becomes a group (members start left to right, stop right to left, run together), preferring the
 *       line's first node with a location score of 100;</li>
 *   <li>{@code auto_failback on} (and {@code legacy}) gives stickiness 0, so the group returns to its preferred
 *       node when it comes back; {@code off} gives stickiness INFINITY, so it stays where it runs;</li>
 *   <li>{@code IPaddr} and {@code IPaddr2} become our shipped {@code ocf:hactl:IPaddr2} with {@code ip},
 *       {@code cidr_netmask}, {@code nic} and {@code broadcast};</li>
 *   <li>any other script is looked up as Heartbeat's ResourceManager did: {@code /etc/ha.d/resource.d/NAME} first
 *       ({@code heartbeat:NAME}, arguments passed positionally as parameters "1", "2", ...), else
 *       {@code /etc/init.d/NAME} ({@code lsb:NAME}); a script found nowhere stays {@code heartbeat:NAME} and
 *       {@code hactl config verify} reports it as not installed.</li>
 * </ul>
 * As in Heartbeat v1, nothing is monitored (no monitor operations), there is no fencing, and quorum is ignored:
 * a surviving node takes the resources over.
 */
public final class HaResourcesCib {
    /** The score by which a group prefers the first node of its line. */
    public static final int PREFERRED_NODE_SCORE = 100;

    private final Function<String, ScriptClass> scripts;

    public HaResourcesCib(Function<String, ScriptClass> scripts) {
        this.scripts = scripts;
    }

    /** Resolves scripts in the standard Heartbeat directories. */
    public static HaResourcesCib standard() {
        return new HaResourcesCib(name -> !Files.exists(Path.of("/etc/ha.d/resource.d", name))
                && Files.exists(Path.of("/etc/init.d", name)) ? ScriptClass.LSB : ScriptClass.HEARTBEAT);
    }

    public XmlElement translate(HaResources haresources, List<String> nodes, AutoFailback autoFailback) {
        List<XmlNode> resources = new ArrayList<>();
        List<XmlNode> constraints = new ArrayList<>();
        for (ResourceGroup group : haresources.groups()) {
            List<XmlNode> members = new ArrayList<>();
            for (HaResource resource : group.resources()) {
                members.add(primitive(resource));
            }
            resources.add(element("group", Map.of("id", group.id()), members));
            constraints.add(element("rsc_location", ordered("id", "prefer-" + group.id(), "rsc", group.id(),
                    "node", group.preferredNode(), "score", Integer.toString(PREFERRED_NODE_SCORE)), List.of()));
        }
        List<XmlNode> nodeElements = new ArrayList<>();
        nodes.forEach(n -> nodeElements.add(element("node", ordered("id", n, "uname", n), List.of())));
        String stickiness = autoFailback.failsBack() ? "0" : "INFINITY";
        XmlElement configuration = element("configuration", Map.of(), List.of(
                element("crm_config", Map.of(), List.of(nvSet("cluster_property_set", "cib-bootstrap-options",
                        ordered("stonith-enabled", "false", "no-quorum-policy", "ignore")))),
                element("nodes", Map.of(), nodeElements),
                element("resources", Map.of(), resources),
                element("constraints", Map.of(), constraints),
                element("rsc_defaults", Map.of(), List.of(nvSet("meta_attributes", "rsc-options",
                        ordered("resource-stickiness", stickiness))))));
        return element("cib", ordered("admin_epoch", "0", "epoch", "1", "num_updates", "0",
                "validate-with", "pacemaker-3.9", "have-quorum", "1"),
                List.of(configuration, element("status", Map.of(), List.of())));
    }

    private XmlElement primitive(HaResource resource) {
        if (resource.ipAddress().isPresent()) {
            IpAddressSpec ip = resource.ipAddress().get();
            Map<String, String> params = new LinkedHashMap<>();
            params.put("ip", ip.ip().getHostAddress());
            ip.cidrNetmask().ifPresent(bits -> params.put("cidr_netmask", Integer.toString(bits)));
            ip.nic().ifPresent(nic -> params.put("nic", nic));
            ip.broadcast().map(InetAddress::getHostAddress).ifPresent(b -> params.put("broadcast", b));
            return element("primitive", ordered("id", resource.id(), "class", "ocf", "provider", "hactl",
                    "type", "IPaddr2"), List.of(nvSet("instance_attributes", resource.id() + "-params", params)));
        }
        ScriptClass scriptClass = resource.args().isEmpty() ? scripts.apply(resource.type()) : ScriptClass.HEARTBEAT;
        if (scriptClass == ScriptClass.LSB) {
            return element("primitive", ordered("id", resource.id(), "class", "lsb", "type", resource.type()),
                    List.of());
        }
        Map<String, String> positional = new LinkedHashMap<>();
        for (int i = 0; i < resource.args().size(); i++) {
            positional.put(Integer.toString(i + 1), resource.args().get(i));
        }
        List<XmlNode> children = positional.isEmpty() ? List.of()
                : List.of(nvSet("instance_attributes", resource.id() + "-params", positional));
        return element("primitive", ordered("id", resource.id(), "class", "heartbeat", "type", resource.type()),
                children);
    }

    private static XmlElement nvSet(String name, String id, Map<String, String> values) {
        List<XmlNode> pairs = new ArrayList<>();
        values.forEach((key, value) -> pairs.add(element("nvpair",
                ordered("id", id + "-" + key, "name", key, "value", value), List.of())));
        return element(name, Map.of("id", id), pairs);
    }

    private static XmlElement element(String name, Map<String, String> attributes, List<XmlNode> children) {
        return XmlElement.of(name, attributes, children);
    }

    private static Map<String, String> ordered(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
