package io.hactl.status;

import io.hactl.cib.LastChange;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything {@code hactl status} shows, once: {@link StatusText} and {@link StatusJson} only render it, so the
 * text an admin reads and the JSON a script parses always carry the same facts.
 */
public record StatusModel(
        Summary summary,
        List<NodeEntry> nodes,
        List<ResourceItem> resources,
        List<MoveConstraint> moves,
        List<NodeFailures> migration,
        List<FailedAction> failedActions) {

    public StatusModel {
        nodes = List.copyOf(nodes);
        resources = List.copyOf(resources);
        moves = List.copyOf(moves);
        migration = List.copyOf(migration);
        failedActions = List.copyOf(failedActions);
    }

    /** @param dc the designated coordinator, empty when there is none (an offline CIB) */
    public record Summary(Optional<String> dc, boolean quorum, Instant lastUpdated, String cibVersion,
            LastChange lastChange, int nodesConfigured, int resourcesConfigured, int resourcesDisabled) {}

    public enum NodeCondition {
        ONLINE, STANDBY, OFFLINE,
        /** Gone while expected up, with fencing enabled: its resources may still run there. */
        UNCLEAN,
        /** In the view, its controller not yet joined to the coordinator (crm_mon's "pending"). */
        PENDING
    }

    /**
     * @param activeResources it still runs resources (shown for a standby node that has not drained yet)
     * @param lastHeard       membership's age of the last message from it, when membership is known
     */
    public record NodeEntry(String name, NodeCondition condition, boolean activeResources,
            Optional<Duration> lastHeard) {}

    /** A top-level entry of the resource list: a primitive of its own, or a group. */
    public sealed interface ResourceItem permits ResourceEntry, GroupEntry {
        String id();
    }

    public enum Role {
        STARTED, STOPPED, FAILED, BLOCKED, UNMANAGED
    }

    /**
     * @param nodes      where it runs (or failed, or is blocked); empty when stopped
     * @param disabled   {@code target-role=Stopped} on it or its group
     * @param failCounts node to fail count, for the nodes with one
     * @param unclean    {@code nodes} holds an UNCLEAN node where it last ran: it may still run there
     */
    public record ResourceEntry(String id, Optional<String> group, String agent, Role role, List<String> nodes,
            boolean disabled, boolean managed, Map<String, Integer> failCounts, boolean unclean)
            implements ResourceItem {
        public ResourceEntry {
            nodes = List.copyOf(nodes);
            failCounts = Map.copyOf(failCounts);
        }
    }

    public record GroupEntry(String id, boolean disabled, List<ResourceEntry> members) implements ResourceItem {
        public GroupEntry {
            members = List.copyOf(members);
        }
    }

    /**
     * A {@code cli-prefer-*} or {@code cli-ban-*} location constraint, left by {@code hactl resource move} or
     * {@code crm_resource --move/--ban}: listed until removed, so none lingers unnoticed.
     *
     * @param ban     true for a ban (negative score), false for a preference
     * @param expires the end of its lifetime ({@code --lifetime}), empty when it applies until removed
     */
    public record MoveConstraint(String id, String resource, Optional<String> node, boolean ban, String score,
            Optional<Instant> expires) {}

    public record NodeFailures(String node, List<FailCount> resources) {
        public NodeFailures {
            resources = List.copyOf(resources);
        }
    }

    /** @param migrationThreshold empty when INFINITY (no threshold) */
    public record FailCount(String resource, Optional<Integer> migrationThreshold, int failCount,
            Optional<Instant> lastFailure) {}

    /**
     * A failed {@code lrm_rsc_op}: what the agent answered ({@code rc}, OCF) kept apart from whether the operation
     * ran at all ({@code execStatus}), as Pacemaker does.
     */
    public record FailedAction(String resource, String operation, long intervalMs, String node, int rc,
            String rcMeaning, String execStatus, long callId, String exitReason, Instant lastRcChange,
            long queuedMs, long execMs) {

        /** The agent ran and exited, so {@code rc} is its answer (Pacemaker's exec status "complete"). */
        public boolean completed() {
            return "complete".equals(execStatus);
        }

        /** {@code failover-asterisk_monitor_15000}, the key crm_mon prints. */
        public String key() {
            return resource + "_" + operation + "_" + intervalMs;
        }
    }
}
