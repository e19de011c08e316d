package io.hactl.cib.verify;

import io.hactl.cib.CibSnapshot;
import io.hactl.cib.Primitive;
import io.hactl.cib.Score;
import io.hactl.cib.xml.CibFiles;
import io.hactl.config.ConfigProblem;
import io.hactl.config.ConfigReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code hactl config verify} for a cib.xml: everything the reader finds (malformed XML, unknown resources in
 * constraints, ids defined twice, scores that are not numbers, elements hactl ignores or refuses), plus agent
 * checks (not installed, required parameter missing) and meta attributes that do not read as numbers. Each
 * problem names the XML path of the element to fix.
 */
public final class CibVerifier {
    private static final Set<String> NUMERIC_META = Set.of("resource-stickiness", "migration-threshold", "priority",
            "resource-failure-stickiness");

    private final AgentCatalog agents;

    public CibVerifier(AgentCatalog agents) {
        this.agents = agents;
    }

    /** All problems of the file, errors and warnings; an empty list means hactl accepts it as it is. */
    public List<ConfigProblem> verify(Path cibXml) {
        ConfigReport<CibSnapshot> report = new CibFiles().load(cibXml);
        List<ConfigProblem> problems = new ArrayList<>(report.problems());
        if (report.isValid()) {
            problems.addAll(checkResources(cibXml, report.get()));
        }
        return problems;
    }

    private List<ConfigProblem> checkResources(Path file, CibSnapshot cib) {
        List<ConfigProblem> problems = new ArrayList<>();
        for (Primitive primitive : cib.resources()) {
            String path = "/cib/configuration/resources/"
                    + primitive.group().map(g -> "group[@id='" + g + "']/").orElse("")
                    + "primitive[@id='" + primitive.id() + "']";
            // A warning, as for haresources scripts: verify often runs on a machine that is not a node.
            if (!agents.isInstalled(primitive)) {
                problems.add(ConfigProblem.warning(file, 0, path, "agent " + primitive.agent()
                        + " is not installed on this machine", "the agent script on every node"));
            }
            agents.requiredParameters(primitive).ifPresent(required -> required.stream().sorted()
                    .filter(name -> !primitive.params().containsKey(name))
                    .forEach(name -> problems.add(ConfigProblem.error(file, 0, path + "/instance_attributes",
                            "required parameter " + name + " of " + primitive.agent() + " is missing",
                            "<nvpair name=\"" + name + "\" value=\"...\"/>"))));
            numericMeta(file, path, primitive.meta(), problems);
        }
        cib.groups().forEach(group -> numericMeta(file, "/cib/configuration/resources/group[@id='" + group.id()
                + "']", group.meta(), problems));
        numericMeta(file, "/cib/configuration/rsc_defaults", cib.rscDefaults(), problems);
        if (!"false".equalsIgnoreCase(cib.properties().getOrDefault("stonith-enabled", "true"))) {
            problems.add(ConfigProblem.warning(file, 0, "/cib/configuration/crm_config",
                    "stonith-enabled is true (Pacemaker's default) but hactl does not fence yet: a node that leaves "
                            + "the membership counts as cleanly down and its resources start elsewhere, as with "
                            + "stonith-enabled=false; no-quorum-policy is what keeps a partition from doing so",
                    "stonith-enabled=false"));
        }
        if (cib.groups().stream().anyMatch(g -> g.meta().containsKey("resource-failure-stickiness"))
                || cib.resources().stream().anyMatch(p -> p.meta().containsKey("resource-failure-stickiness"))
                || cib.properties().containsKey("default-resource-failure-stickiness")) {
            problems.add(ConfigProblem.warning(file, 0, "resource-failure-stickiness",
                    "deprecated since Pacemaker 1.0: where migration-threshold is set it has no effect; elsewhere "
                            + "hactl reads it as migration-threshold = 1 + stickiness / |failure-stickiness|",
                    "migration-threshold"));
        }
        return problems;
    }

    private static void numericMeta(Path file, String path, Map<String, String> meta, List<ConfigProblem> problems) {
        meta.forEach((name, value) -> {
            if (NUMERIC_META.contains(name) && Score.parse(value).isEmpty()) {
                problems.add(ConfigProblem.error(file, 0, path + "/meta_attributes/nvpair[@name='" + name + "']",
                        name + " is not a number: " + value, "an integer, INFINITY or -INFINITY"));
            }
        });
    }
}
