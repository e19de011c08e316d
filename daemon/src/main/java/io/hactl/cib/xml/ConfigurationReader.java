package io.hactl.cib.xml;

import io.hactl.cib.ClusterNode;
import io.hactl.cib.Group;
import io.hactl.cib.PacemakerDuration;
import io.hactl.cib.Primitive;
import io.hactl.cib.ResourceOperation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads crm_config, nodes, resources, rsc_defaults and op_defaults of the {@code configuration} section. */
final class ConfigurationReader {
    /** Cluster properties that change hactl's decisions. */
    static final Set<String> HONOURED_PROPERTIES = Set.of(
            "stonith-enabled", "no-quorum-policy", "symmetric-cluster", "default-resource-stickiness",
            "default-resource-failure-stickiness", "start-failure-is-fatal", "cluster-recheck-interval",
            "maintenance-mode");
    /** Properties Pacemaker itself records; they carry no decision, so they pass silently. */
    static final Set<String> RECORDED_PROPERTIES = Set.of(
            "dc-version", "cluster-infrastructure", "cluster-name", "have-watchdog", "last-lrm-refresh",
            "placement-strategy");

    private final Problems problems;
    final Map<String, String> properties = new LinkedHashMap<>();
    final Map<String, String> rscDefaults = new LinkedHashMap<>();
    final Map<String, String> opDefaults = new LinkedHashMap<>();
    final List<ClusterNode> nodes = new ArrayList<>();
    final List<Primitive> primitives = new ArrayList<>();
    final List<Group> groups = new ArrayList<>();
    final List<String> topLevel = new ArrayList<>();

    ConfigurationReader(Problems problems) {
        this.problems = problems;
    }

    void crmConfig(XmlElement crmConfig, String path) {
        Map<String, String> read = NvPairs.read(crmConfig, "cluster_property_set", path, problems);
        crmConfig.elements().filter(e -> !e.name().equals("cluster_property_set"))
                .forEach(e -> problems.unsupported(path + "/" + e.step(), e, false));
        read.forEach((name, value) -> {
            if (!HONOURED_PROPERTIES.contains(name) && !RECORDED_PROPERTIES.contains(name)) {
                problems.warning(path + "/cluster_property_set/nvpair[@name='" + name + "']", crmConfig,
                        "not supported by hactl: cluster property " + name + " (ignored)");
            }
        });
        properties.putAll(read);
    }

    void defaults(XmlElement section, String path, Map<String, String> into) {
        into.putAll(NvPairs.read(section, "meta_attributes", path, problems));
        section.elements().filter(e -> !e.name().equals("meta_attributes"))
                .forEach(e -> problems.unsupported(path + "/" + e.step(), e, false));
    }

    void nodes(XmlElement section, String path) {
        section.elements().forEach(node -> {
            String here = path + "/" + node.step();
            if (!node.name().equals("node")) {
                problems.unsupported(here, node, false);
                return;
            }
            String id = node.attributeOr("id", "");
            String uname = node.attributeOr("uname", id);
            if (uname.isEmpty()) {
                problems.error(here, node, "node without id or uname", "uname=\"NAME\"");
                return;
            }
            String type = node.attributeOr("type", "member");
            if (!type.equals("member") && !type.equals("normal")) {
                problems.unsupported(here + "/@type", node, true);
            }
            node.elements().filter(e -> !e.name().equals("instance_attributes") && !e.name().equals("utilization"))
                    .forEach(e -> problems.unsupported(here + "/" + e.step(), e, false));
            nodes.add(new ClusterNode(id.isEmpty() ? uname : id, uname,
                    NvPairs.read(node, "instance_attributes", here, problems)));
        });
    }

    void resources(XmlElement section, String path) {
        section.elements().forEach(element -> {
            String here = path + "/" + element.step();
            switch (element.name()) {
                case "primitive" -> primitive(element, here, Optional.empty()).ifPresent(p -> topLevel.add(p.id()));
                case "group" -> group(element, here);
                // Clones, bundles and templates place resources in ways the scheduler does not model:
                // running with them anyway would silently make different decisions than Pacemaker.
                default -> problems.unsupported(here, element, true);
            }
        });
    }

    private void group(XmlElement group, String path) {
        String id = group.attributeOr("id", "");
        if (id.isEmpty()) {
            problems.error(path, group, "group without an id", "id=\"NAME\"");
            return;
        }
        List<String> members = new ArrayList<>();
        group.elements().forEach(child -> {
            String here = path + "/" + child.step();
            switch (child.name()) {
                case "primitive" -> primitive(child, here, Optional.of(id)).ifPresent(p -> members.add(p.id()));
                case "meta_attributes", "instance_attributes" -> { }
                default -> problems.unsupported(here, child, true);
            }
        });
        if (members.isEmpty()) {
            problems.error(path, group, "group " + id + " has no members", "at least one primitive");
        }
        groups.add(new Group(id, members, NvPairs.read(group, "meta_attributes", path, problems)));
        topLevel.add(id);
    }

    private Optional<Primitive> primitive(XmlElement primitive, String path, Optional<String> group) {
        String id = primitive.attributeOr("id", "");
        String agentClass = primitive.attributeOr("class", "");
        String type = primitive.attributeOr("type", "");
        if (id.isEmpty() || agentClass.isEmpty() || type.isEmpty()) {
            if (primitive.attribute("template").isPresent()) {
                problems.unsupported(path + "/@template", primitive, true);
            } else {
                problems.error(path, primitive, "primitive needs id, class and type", "e.g. class=\"ocf\" "
                        + "provider=\"heartbeat\" type=\"IPaddr2\"");
            }
            return Optional.empty();
        }
        if (agentClass.equals("ocf") && primitive.attribute("provider").isEmpty()) {
            problems.error(path, primitive, "an ocf primitive needs a provider", "provider=\"heartbeat\"");
        }
        List<ResourceOperation> ops = new ArrayList<>();
        primitive.elements().forEach(child -> {
            String here = path + "/" + child.step();
            switch (child.name()) {
                case "instance_attributes", "meta_attributes" -> { }
                case "operations" -> child.elements().forEach(op -> operation(op, here).ifPresent(ops::add));
                case "utilization" -> problems.unsupported(here, child, false);
                default -> problems.unsupported(here, child, false);
            }
        });
        Primitive result = new Primitive(id, agentClass, primitive.attribute("provider"), type,
                NvPairs.read(primitive, "instance_attributes", path, problems),
                NvPairs.read(primitive, "meta_attributes", path, problems), ops, group);
        primitives.add(result);
        return Optional.of(result);
    }

    private Optional<ResourceOperation> operation(XmlElement op, String path) {
        String here = path + "/" + op.step();
        if (!op.name().equals("op")) {
            problems.unsupported(here, op, false);
            return Optional.empty();
        }
        Optional<Duration> interval = PacemakerDuration.parse(op.attributeOr("interval", "0"));
        if (interval.isEmpty()) {
            problems.error(here + "/@interval", op, "not a time: " + op.attributeOr("interval", ""), "e.g. 10s");
        }
        Optional<Duration> timeout = op.attribute("timeout").flatMap(PacemakerDuration::parse);
        if (op.attribute("timeout").isPresent() && timeout.isEmpty()) {
            problems.error(here + "/@timeout", op, "not a time: " + op.attributeOr("timeout", ""), "e.g. 20s");
        }
        return Optional.of(new ResourceOperation(op.attributeOr("id", ""), op.attributeOr("name", ""),
                interval.orElse(Duration.ZERO), timeout, op.attribute("on-fail")));
    }
}
