package io.hactl.cib.edit;

import io.hactl.cib.PacemakerDate;
import io.hactl.cib.xml.XmlElement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Moves as {@code crm_resource --move/--ban/--clear} make them: {@code cli-prefer-RSC} (INFINITY on the node) and
 * {@code cli-ban-RSC-on-NODE} (-INFINITY), in the short form, or with a lifetime as a rule whose date expression
 * ends it. Pacemaker's ids are kept so that crm_resource can clear what hactl made, and the other way round.
 */
public final class MoveConstraints {
    private MoveConstraints() {}

    /** The new tree and the ids of the constraints {@link #clearMoves} removed (empty when there were none). */
    public record ClearedMoves(XmlElement cib, List<String> removed) {
        public ClearedMoves {
            removed = List.copyOf(removed);
        }
    }

    /** Makes {@code resource} prefer {@code node} (replacing an earlier preference), until {@code until} if given. */
    public static XmlElement prefer(XmlElement cib, String resource, String node, Optional<Instant> until) {
        movable(cib, resource);
        String id = "cli-prefer-" + resource;
        return put(cib, location(id, resource, node, "INFINITY", until, "cli-prefer-rule-" + resource,
                "cli-prefer-expr-" + resource, "cli-prefer-lifetime-end-" + resource));
    }

    /** Keeps {@code resource} off {@code node}, until {@code until} if given. */
    public static XmlElement ban(XmlElement cib, String resource, String node, Optional<Instant> until) {
        movable(cib, resource);
        String id = "cli-ban-" + resource + "-on-" + node;
        return put(cib, location(id, resource, node, "-INFINITY", until, id + "-rule", id + "-expr",
                id + "-lifetime"));
    }

    /** Removes {@code cli-prefer-RSC} and every {@code cli-ban-RSC-on-*} of {@code resource}. */
    public static ClearedMoves clearMoves(XmlElement cib, String resource) {
        XmlElement constraints = Sections.configuration(cib, "constraints");
        List<String> removed = new ArrayList<>();
        XmlElement without = Trees.remove(constraints, c -> {
            String id = NvPairSets.id(c.attributeOr("id", ""));
            boolean move = c.name().equals("rsc_location") && c.attributeOr("rsc", "").equals(resource)
                    && (id.equals(NvPairSets.id("cli-prefer-" + resource))
                            || id.startsWith(NvPairSets.id("cli-ban-" + resource + "-on-")));
            if (move) {
                removed.add(c.attributeOr("id", ""));
            }
            return move;
        });
        if (removed.isEmpty()) {
            Resources.require(cib, resource);
            return new ClearedMoves(cib, removed);
        }
        return new ClearedMoves(Sections.withConfiguration(cib, without), removed);
    }

    private static void movable(XmlElement cib, String resource) {
        Resources.require(cib, resource);
        Optional<String> group = Resources.groupOf(cib, resource);
        if (group.isPresent()) {
            throw new CibEditException(resource + " is a member of group " + group.get() + ": move the group");
        }
    }

    private static XmlElement location(String id, String resource, String node, String score,
            Optional<Instant> until, String ruleId, String expressionId, String lifetimeId) {
        if (until.isEmpty()) {
            return Trees.element("rsc_location", "id", NvPairSets.id(id), "rsc", resource, "role", "Started",
                    "node", node, "score", score);
        }
        XmlElement rule = Trees.element("rule", "id", NvPairSets.id(ruleId), "score", score, "boolean-op", "and");
        rule = Trees.append(rule, Trees.element("expression", "id", NvPairSets.id(expressionId),
                "attribute", "#uname", "operation", "eq", "value", node, "type", "string"));
        rule = Trees.append(rule, Trees.element("date_expression", "id", NvPairSets.id(lifetimeId),
                "operation", "lt", "end", PacemakerDate.format(until.get())));
        return Trees.append(Trees.element("rsc_location", "id", NvPairSets.id(id), "rsc", resource,
                "role", "Started"), rule);
    }

    /** The constraint in place of one with the same id, or appended. */
    private static XmlElement put(XmlElement cib, XmlElement location) {
        return Sections.withConfiguration(cib,
                Trees.upsertById(Sections.configuration(cib, "constraints"), location));
    }
}
