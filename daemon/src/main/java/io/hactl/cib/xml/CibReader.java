package io.hactl.cib.xml;

import io.hactl.cib.CibSnapshot;
import io.hactl.cib.CibVersion;
import io.hactl.cib.Constraint;
import io.hactl.cib.LastChange;
import io.hactl.cib.NodeState;
import io.hactl.config.ConfigProblem;
import io.hactl.config.ConfigReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the typed {@link CibSnapshot} from a CIB tree and reports, all at once, what is malformed and what
 * hactl does not support. Every problem carries the XML path of the element concerned.
 */
public final class CibReader {
    private final Path file;

    public CibReader(Path file) {
        this.file = file;
    }

    public ConfigReport<CibSnapshot> read(XmlElement root) {
        Problems problems = new Problems(file);
        if (!root.name().equals("cib")) {
            problems.error("/" + root.name(), root, "the root element is <" + root.name() + ">", "<cib>");
            return ConfigReport.failed(problems.list());
        }
        ConfigurationReader configuration = new ConfigurationReader(problems);
        List<Constraint> constraints = new ArrayList<>();
        List<NodeState> status = new ArrayList<>();
        root.elements().forEach(section -> {
            String path = "/cib/" + section.step();
            switch (section.name()) {
                case "configuration" -> section.elements().forEach(part -> {
                    String here = path + "/" + part.step();
                    switch (part.name()) {
                        case "crm_config" -> configuration.crmConfig(part, here);
                        case "nodes" -> configuration.nodes(part, here);
                        case "resources" -> configuration.resources(part, here);
                        case "constraints" -> constraints.addAll(new ConstraintReader(problems).read(part, here));
                        case "rsc_defaults" -> configuration.defaults(part, here, configuration.rscDefaults);
                        case "op_defaults" -> configuration.defaults(part, here, configuration.opDefaults);
                        // acls, alerts, tags, fencing-topology: kept in the file, no effect on decisions.
                        default -> problems.unsupported(here, part, false);
                    }
                });
                case "status" -> status.addAll(new StatusReader(problems).read(section, path));
                default -> problems.unsupported(path, section, false);
            }
        });
        CibVersion version = version(root, problems);
        CibSnapshot snapshot = new CibSnapshot(version, configuration.properties, configuration.rscDefaults,
                configuration.opDefaults, configuration.nodes, configuration.primitives, configuration.groups,
                configuration.topLevel, constraints, status,
                !root.attributeOr("have-quorum", "1").equals("0")
                        && !root.attributeOr("have-quorum", "true").equals("false"),
                new LastChange(root.attributeOr("cib-last-written", ""), root.attributeOr("update-user", ""),
                        root.attributeOr("update-client", ""), root.attributeOr("update-origin", "")));
        List<ConfigProblem> all = new ArrayList<>(problems.list());
        all.addAll(new ReferenceCheck(file).check(snapshot, root));
        return ConfigReport.of(snapshot, all);
    }

    private static CibVersion version(XmlElement root, Problems problems) {
        long[] numbers = new long[3];
        String[] names = {"admin_epoch", "epoch", "num_updates"};
        for (int i = 0; i < names.length; i++) {
            String text = root.attributeOr(names[i], "0");
            try {
                numbers[i] = Long.parseLong(text);
            } catch (NumberFormatException e) {
                problems.error("/cib/@" + names[i], root, names[i] + " is not a number: " + text,
                        "a non-negative integer");
            }
        }
        return new CibVersion(numbers[0], numbers[1], numbers[2]);
    }
}
