package io.hactl.cib.xml;

import io.hactl.cib.CibSnapshot;
import io.hactl.cib.ColocationConstraint;
import io.hactl.cib.Constraint;
import io.hactl.cib.LocationConstraint;
import io.hactl.cib.OrderConstraint;
import io.hactl.config.ConfigProblem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Cross-references: ids defined twice (a group member defined twice included) and constraints naming a resource
 * that does not exist. Pacemaker drops such a constraint with a log line; we refuse the CIB instead, since a
 * silently dropped constraint is how resources end up where an admin never wanted them.
 */
final class ReferenceCheck {
    private final Path file;

    ReferenceCheck(Path file) {
        this.file = file;
    }

    List<ConfigProblem> check(CibSnapshot cib, XmlElement root) {
        List<ConfigProblem> problems = new ArrayList<>();
        Set<String> resources = new HashSet<>();
        cib.resources().forEach(p -> {
            if (!resources.add(p.id())) {
                problems.add(ConfigProblem.error(file, 0, "/cib/configuration/resources//primitive[@id='"
                        + p.id() + "']", "resource " + p.id() + " is defined twice"
                        + p.group().map(g -> " (group member of " + g + ")").orElse(""), "unique ids"));
            }
        });
        cib.groups().forEach(g -> {
            if (!resources.add(g.id())) {
                problems.add(ConfigProblem.error(file, 0, "/cib/configuration/resources/group[@id='" + g.id()
                        + "']", "id " + g.id() + " is used twice", "unique ids"));
            }
        });
        for (Constraint constraint : cib.constraints()) {
            String path = "/cib/configuration/constraints/" + kind(constraint) + "[@id='" + constraint.id() + "']";
            for (String referenced : referenced(constraint)) {
                if (!resources.contains(referenced)) {
                    problems.add(ConfigProblem.error(file, 0, path, "unknown resource " + referenced,
                            "the id of a primitive or group"));
                }
            }
        }
        return problems;
    }

    private static String kind(Constraint constraint) {
        if (constraint instanceof LocationConstraint) {
            return "rsc_location";
        }
        return constraint instanceof ColocationConstraint ? "rsc_colocation" : "rsc_order";
    }

    private static List<String> referenced(Constraint constraint) {
        if (constraint instanceof LocationConstraint l) {
            return List.of(l.resource());
        }
        if (constraint instanceof ColocationConstraint c) {
            return List.of(c.resource(), c.withResource());
        }
        OrderConstraint o = (OrderConstraint) constraint;
        return List.of(o.first(), o.then());
    }
}
