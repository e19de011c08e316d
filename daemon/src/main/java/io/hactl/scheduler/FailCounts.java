package io.hactl.scheduler;

import io.hactl.cib.NodeState;
import io.hactl.cib.Score;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Fail counts as Pacemaker reads them from a node's transient attributes: {@code fail-count-RSC} (old style) and
 * {@code fail-count-RSC#OP_INTERVAL} (per operation, Pacemaker 2) are summed; a count whose
 * {@code last-failure-RSC…} is at least {@code failure-timeout} before "now" has expired and counts as 0.
 */
final class FailCounts {
    private FailCounts() {}

    static int count(NodeState node, String resource, Optional<Duration> failureTimeout, Instant now) {
        int total = 0;
        long lastFailure = 0;
        for (Map.Entry<String, String> attribute : node.transientAttributes().entrySet()) {
            String name = attribute.getKey();
            if (belongsTo(name, "fail-count-", resource)) {
                total = Score.add(total, Score.parse(attribute.getValue()).orElse(0));
            } else if (belongsTo(name, "last-failure-", resource)) {
                try {
                    lastFailure = Math.max(lastFailure, Long.parseLong(attribute.getValue().trim()));
                } catch (NumberFormatException e) {
                    // An unreadable timestamp never expires the count: failing safe means staying banned.
                }
            }
        }
        if (total > 0 && failureTimeout.isPresent() && lastFailure > 0
                && now.getEpochSecond() >= lastFailure + failureTimeout.get().toSeconds()) {
            return 0;
        }
        return Math.max(0, total);
    }

    static boolean expired(long lastRcChange, Optional<Duration> failureTimeout, Instant now) {
        return failureTimeout.isPresent() && lastRcChange > 0
                && now.getEpochSecond() >= lastRcChange + failureTimeout.get().toSeconds();
    }

    private static boolean belongsTo(String attribute, String prefix, String resource) {
        if (!attribute.startsWith(prefix + resource)) {
            return false;
        }
        String rest = attribute.substring(prefix.length() + resource.length());
        return rest.isEmpty() || rest.startsWith("#");
    }
}
