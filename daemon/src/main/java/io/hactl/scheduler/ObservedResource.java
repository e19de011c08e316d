package io.hactl.scheduler;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One primitive as the status section shows it now, read the way the scheduler reads it, so that
 * {@code hactl status} and the scheduler never disagree about where a resource runs or whether it failed.
 *
 * @param runningOn          nodes where it is active (including failed there), in node order
 * @param failedOn           nodes where its last operation failed and it awaits recovery
 * @param blockedOn          nodes where a stop failed: without fencing it stays blocked there
 * @param lastSeenOn         offline nodes whose last recorded operations left it running: only fencing could
 *                           tell whether it still runs there (crm_mon's "Started ast1 (UNCLEAN)")
 * @param targetStopped      {@code target-role=Stopped} on it or its group
 * @param migrationThreshold fail count that bans it from a node ({@link io.hactl.cib.Score#INFINITY} if none)
 * @param failCounts         node to effective fail count (expired counts left out), only nodes with a count
 * @param lastFailures       node to its last failure, for the nodes in {@code failCounts}
 * @param failureTimeout     after how long a failure is forgotten (inherited from its group and rsc_defaults)
 */
public record ObservedResource(
        String id,
        List<String> runningOn,
        List<String> failedOn,
        List<String> blockedOn,
        List<String> lastSeenOn,
        boolean targetStopped,
        boolean managed,
        int migrationThreshold,
        Map<String, Integer> failCounts,
        Map<String, Instant> lastFailures,
        Optional<Duration> failureTimeout) {

    public ObservedResource {
        runningOn = List.copyOf(runningOn);
        failedOn = List.copyOf(failedOn);
        blockedOn = List.copyOf(blockedOn);
        lastSeenOn = List.copyOf(lastSeenOn);
        failCounts = Map.copyOf(failCounts);
        lastFailures = Map.copyOf(lastFailures);
    }
}
