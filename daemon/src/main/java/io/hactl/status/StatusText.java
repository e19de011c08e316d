package io.hactl.status;

import io.hactl.cib.LastChange;
import io.hactl.cib.PacemakerDate;
import io.hactl.cib.Score;
import io.hactl.status.StatusModel.FailCount;
import io.hactl.status.StatusModel.FailedAction;
import io.hactl.status.StatusModel.GroupEntry;
import io.hactl.status.StatusModel.MoveConstraint;
import io.hactl.status.StatusModel.NodeCondition;
import io.hactl.status.StatusModel.NodeEntry;
import io.hactl.status.StatusModel.NodeFailures;
import io.hactl.status.StatusModel.ResourceEntry;
import io.hactl.status.StatusModel.ResourceItem;
import io.hactl.status.StatusModel.Summary;
import java.time.Instant;
import java.util.List;

/** The status as crm_mon 2.1 prints it with {@code -1 -r -f} (every resource, fail counts), plus move constraints. */
public final class StatusText {
    private StatusText() {}

    public static String render(StatusModel model) {
        StringBuilder out = new StringBuilder();
        summary(out, model.summary());
        nodes(out, model.nodes());
        out.append("\nFull List of Resources:\n");
        if (model.resources().isEmpty()) {
            out.append("  * No resources\n");
        }
        for (ResourceItem item : model.resources()) {
            if (item instanceof GroupEntry group) {
                out.append("  * Resource Group: ").append(group.id()).append(group.disabled() ? " (disabled)" : "")
                        .append(":\n");
                // A disabled group says so once, on its own line, as crm_mon does.
                group.members().forEach(m -> resource(out, "    * ", m, !group.disabled()));
            } else if (item instanceof ResourceEntry resource) {
                resource(out, "  * ", resource, true);
            }
        }
        moves(out, model.moves(), model.summary().lastUpdated());
        migration(out, model.migration());
        failedActions(out, model.failedActions());
        return out.toString();
    }

    private static void summary(StringBuilder out, Summary summary) {
        out.append("Cluster Summary:\n  * Stack: hactl\n");
        out.append("  * Current DC: ").append(summary.dc().map(dc -> dc + " - partition "
                + (summary.quorum() ? "with quorum" : "WITHOUT quorum")).orElse("NONE")).append('\n');
        out.append("  * Last updated: ").append(StatusTimes.format(summary.lastUpdated())).append('\n');
        out.append("  * Last change:  ").append(lastChange(summary.lastChange())).append('\n');
        out.append("  * CIB version: ").append(summary.cibVersion()).append('\n');
        int nodes = summary.nodesConfigured();
        out.append("  * ").append(nodes).append(nodes == 1 ? " node" : " nodes").append(" configured\n");
        int resources = summary.resourcesConfigured();
        out.append("  * ").append(resources).append(resources == 1 ? " resource instance" : " resource instances")
                .append(" configured");
        if (summary.resourcesDisabled() > 0) {
            out.append(" (").append(summary.resourcesDisabled()).append(" DISABLED)");
        }
        out.append('\n');
    }

    private static String lastChange(LastChange change) {
        StringBuilder text = new StringBuilder(change.written());
        append(text, " by ", change.user());
        append(text, " via ", change.client());
        append(text, " on ", change.node());
        return text.toString();
    }

    private static void append(StringBuilder text, String word, String value) {
        if (!value.isEmpty()) {
            text.append(word).append(value);
        }
    }

    private static void nodes(StringBuilder out, List<NodeEntry> nodes) {
        out.append("\nNode List:\n");
        // crm_mon lists a standby, unclean or pending node on a line of its own, then online and offline nodes in brackets.
        for (NodeEntry node : nodes) {
            if (node.condition() == NodeCondition.STANDBY) {
                out.append("  * Node ").append(node.name()).append(": standby")
                        .append(node.activeResources() ? " (with active resources)" : "").append('\n');
            } else if (node.condition() == NodeCondition.UNCLEAN) {
                out.append("  * Node ").append(node.name()).append(": UNCLEAN (offline)\n");
            } else if (node.condition() == NodeCondition.PENDING) {
                out.append("  * Node ").append(node.name()).append(": pending\n");
            }
        }
        bracketed(out, "Online", nodes, NodeCondition.ONLINE);
        bracketed(out, "OFFLINE", nodes, NodeCondition.OFFLINE);
        for (NodeEntry node : nodes) {
            node.lastHeard().ifPresent(age -> out.append("  * Node ").append(node.name()).append(": last heard ")
                    .append(age.toMillis()).append("ms ago\n"));
        }
    }

    private static void bracketed(StringBuilder out, String label, List<NodeEntry> nodes, NodeCondition condition) {
        List<String> names = nodes.stream().filter(n -> n.condition() == condition).map(NodeEntry::name).toList();
        if (!names.isEmpty()) {
            out.append("  * ").append(label).append(": [ ").append(String.join(" ", names)).append(" ]\n");
        }
    }

    private static void resource(StringBuilder out, String indent, ResourceEntry resource, boolean showDisabled) {
        out.append(indent).append(resource.id()).append("\t(").append(resource.agent()).append("):\t ");
        // Active on several nodes (multiple-active): crm_mon brackets the list so it stands out.
        String where = switch (resource.nodes().size()) {
            case 0 -> "";
            case 1 -> " " + resource.nodes().get(0);
            default -> " [ " + String.join(" ", resource.nodes()) + " ]";
        };
        out.append(switch (resource.role()) {
            case STARTED -> "Started" + where;
            case STOPPED -> "Stopped";
            case FAILED -> "FAILED" + where;
            case BLOCKED -> "FAILED" + where + " (blocked)";
            case UNMANAGED -> (resource.nodes().isEmpty() ? "Stopped" : "Started" + where) + " (unmanaged)";
        });
        if (resource.unclean()) {
            out.append(" (UNCLEAN)");
        }
        if (resource.disabled() && showDisabled) {
            out.append(" (disabled)");
        }
        out.append('\n');
    }

    private static void moves(StringBuilder out, List<MoveConstraint> moves, Instant now) {
        if (moves.isEmpty()) {
            return;
        }
        // Not in crm_mon's default output (it needs -L); shown always so that no move lingers unnoticed.
        out.append("\nMove Constraints:\n");
        for (MoveConstraint move : moves) {
            out.append("  * ").append(move.id()).append(": ").append(move.resource())
                    .append(move.ban() ? " banned from " : " prefers ").append(move.node().orElse("(rule)"))
                    .append(" (score=").append(move.score()).append(")");
            // crm_mon does not show a lifetime; the date is written as crm_resource writes it in the constraint.
            move.expires().ifPresent(end -> out.append(now.isBefore(end) ? " (expires " : " (expired ")
                    .append(PacemakerDate.format(end)).append(")"));
            out.append('\n');
        }
    }

    private static void migration(StringBuilder out, List<NodeFailures> migration) {
        out.append("\nMigration Summary:\n");
        for (NodeFailures node : migration) {
            out.append("  * Node: ").append(node.node()).append(":\n");
            for (FailCount count : node.resources()) {
                out.append("    * ").append(count.resource()).append(": migration-threshold=")
                        .append(count.migrationThreshold().orElse(Score.INFINITY))
                        .append(" fail-count=").append(count.failCount());
                count.lastFailure().ifPresent(at -> out.append(" last-failure='").append(StatusTimes.format(at))
                        .append('\''));
                out.append('\n');
            }
        }
    }

    private static void failedActions(StringBuilder out, List<FailedAction> actions) {
        if (actions.isEmpty()) {
            return;
        }
        out.append("\nFailed Resource Actions:\n");
        for (FailedAction a : actions) {
            out.append("  * ").append(a.key()).append(" on ").append(a.node());
            // An operation that did not complete (timeout, error) has no rc the agent chose: say why instead.
            if (a.completed()) {
                out.append(" '").append(a.rcMeaning()).append("' (").append(a.rc()).append(')');
            } else {
                out.append(" could not be executed (").append(a.execStatus()).append(')');
            }
            out.append(": call=").append(a.callId())
                    .append(", status='").append(a.execStatus()).append("', exitreason='").append(a.exitReason())
                    .append("', last-rc-change='").append(StatusTimes.format(a.lastRcChange()))
                    .append("', queued=").append(a.queuedMs()).append("ms, exec=").append(a.execMs())
                    .append("ms\n");
        }
    }
}
