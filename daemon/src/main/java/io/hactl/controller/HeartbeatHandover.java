package io.hactl.controller;

import io.hactl.cib.CibSnapshot;
import io.hactl.cib.Constraint;
import io.hactl.cib.LocationConstraint;
import io.hactl.cib.LocationRule;
import io.hactl.cib.RuleExpression;
import io.hactl.cib.edit.MoveConstraints;
import io.hactl.cib.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Heartbeat's {@code hb_standby} and {@code hb_takeover} on the CIB. Heartbeat splits resources into "local" (this
 * node is their primary, the first node of their haresources line) and "foreign" (another node is); here the
 * primary is the node with the highest location preference. Giving resources up bans them from this node; taking
 * them over prefers this node. Both are move constraints, shown by {@code hactl status} until
 * {@code hactl resource unmove} removes them.
 */
final class HeartbeatHandover {
    private HeartbeatHandover() {}

    static ChangeHandler.Applied standby(ChangeHandler.Request request, String which) {
        String here = request.origin();
        XmlElement cib = request.cib();
        List<String> given = new ArrayList<>();
        for (String id : selected(request.snapshot(), here, which)) {
            if (AdminChanges.runningNode(request, id).filter(here::equals).isPresent()) {
                cib = MoveConstraints.ban(cib, id, here, Optional.empty());
                given.add(id);
            }
        }
        if (given.isEmpty()) {
            return ChangeHandler.Applied.query(cib, here + " runs no " + which + " resources; nothing to give up",
                    java.util.Map.of());
        }
        return ChangeHandler.Applied.config(cib, here + " gives up " + String.join(", ", given)
                + " (hb_standby " + which + "; undo with hactl resource unmove RSC)");
    }

    static ChangeHandler.Applied takeover(ChangeHandler.Request request, String which) {
        String here = request.origin();
        XmlElement cib = request.cib();
        List<String> taken = new ArrayList<>();
        for (String id : selected(request.snapshot(), here, which)) {
            cib = MoveConstraints.clearMoves(cib, id).cib();
            cib = MoveConstraints.prefer(cib, id, here, Optional.empty());
            taken.add(id);
        }
        if (taken.isEmpty()) {
            return ChangeHandler.Applied.query(cib, "no " + which + " resources to take over", java.util.Map.of());
        }
        return ChangeHandler.Applied.config(cib, here + " takes over " + String.join(", ", taken)
                + " (hb_takeover " + which + "; undo with hactl resource unmove RSC)");
    }

    /** Top-level resources (groups and ungrouped primitives) that are "local", "foreign" or all for this node. */
    private static List<String> selected(CibSnapshot snapshot, String here, String which) {
        List<String> ids = new ArrayList<>();
        for (String id : snapshot.topLevel()) {
            Optional<String> primary = primary(snapshot, id);
            boolean local = primary.map(here::equals).orElse(false);
            if (which.equals("all") || (which.equals("local") && local) || (which.equals("foreign") && !local)) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** A resource's home: the node with its highest location preference (not counting moves). */
    static Optional<String> primary(CibSnapshot snapshot, String id) {
        String best = null;
        int bestScore = 0;
        for (Constraint constraint : snapshot.constraints()) {
            if (!(constraint instanceof LocationConstraint location) || !location.resource().equals(id)
                    || location.id().startsWith("cli-")) {
                continue;
            }
            if (location.node().isPresent() && location.score().orElse(0) > bestScore) {
                best = location.node().get();
                bestScore = location.score().getAsInt();
            }
            for (LocationRule rule : location.rules()) {
                for (RuleExpression e : rule.expressions()) {
                    if (e.attribute().equals("#uname") && e.operation().equals("eq") && e.value().isPresent()
                            && rule.score().orElse(0) > bestScore) {
                        best = e.value().get();
                        bestScore = rule.score().getAsInt();
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
