package io.hactl.scheduler;

import io.hactl.cib.CibSnapshot;
import io.hactl.cib.Constraint;
import io.hactl.cib.LocationConstraint;
import io.hactl.cib.LocationRule;
import io.hactl.cib.Score;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;

/**
 * Each primitive's own node scores before colocation: location constraints, stickiness on its current node, and
 * bans where its fail count reached migration-threshold. A location on a group scores the group's first member;
 * the other members only become allowed there (score 0), because the first member's placement already sums the
 * whole group's preferences (Pacemaker's group location handling).
 */
final class BaseScores {
    private BaseScores() {}

    static NodeScores[] compute(CibSnapshot cib, NodeTable nodes, ResourceTable resources, boolean symmetric,
            Instant now) {
        NodeScores[] own = new NodeScores[resources.size()];
        for (int r = 0; r < own.length; r++) {
            own[r] = new NodeScores(nodes.size(), symmetric);
        }
        for (Constraint constraint : cib.constraints()) {
            if (constraint instanceof LocationConstraint location) {
                List<Integer> members = resources.members(location.resource());
                for (int i = 0; i < members.size(); i++) {
                    apply(location, own[members.get(i)], nodes, i == 0, now);
                }
            }
        }
        for (int r = 0; r < own.length; r++) {
            ResourceSettings settings = resources.settings[r];
            int sticky = resources.stickyNode(r);
            // Stickiness counts for a resource active on exactly one node (unmanaged ones too: their place pulls
            // the group members before them), or with stop_unexpected on its expected node; and in an asymmetric
            // cluster only where something allows it.
            if (settings.stickiness() != 0 && sticky >= 0 && own[r].allowed[sticky]) {
                own[r].add(sticky, settings.stickiness());
            }
            for (int node = 0; node < nodes.size(); node++) {
                if (resources.failCount[r][node] >= settings.migrationThreshold()) {
                    own[r].add(node, -Score.INFINITY);
                }
            }
        }
        return own;
    }

    private static void apply(LocationConstraint location, NodeScores scores, NodeTable nodes, boolean withScore,
            Instant now) {
        if (location.rules().isEmpty()) {
            int node = nodes.indexOf(location.node().orElse(""));
            if (node >= 0 && location.score().isPresent()) {
                scores.add(node, withScore ? location.score().getAsInt() : 0);
            }
            return;
        }
        for (LocationRule rule : location.rules()) {
            for (int node = 0; node < nodes.size(); node++) {
                if (!RuleEvaluator.matches(rule, nodes.attributes(node), now)) {
                    continue;
                }
                OptionalInt score = ruleScore(rule, nodes, node);
                if (score.isPresent()) {
                    scores.add(node, withScore ? score.getAsInt() : 0);
                }
            }
        }
    }

    private static OptionalInt ruleScore(LocationRule rule, NodeTable nodes, int node) {
        if (rule.scoreAttribute().isPresent()) {
            return Score.parse(nodes.attributes(node).get(rule.scoreAttribute().get()));
        }
        return rule.score().isPresent() ? rule.score() : OptionalInt.of(0);
    }
}
