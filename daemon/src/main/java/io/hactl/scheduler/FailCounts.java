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

    /** One node's fail counts and last failures, indexed by resource once (a node may carry thousands). */
    static Map<String, int[]> index(NodeState node) {
        Map<String, int[]> byResource = new java.util.HashMap<>();
        for (Map.Entry<String, String> attribute : node.transientAttributes().entrySet()) {
            String name = attribute.getKey();
            boolean count = name.startsWith("fail-count-");
            if (!count && !name.startsWith("last-failure-")) {
                continue;
            }
            String rest = name.substring(count ? "fail-count-".length() : "last-failure-".length());
            int hash = rest.indexOf('#');
            String resource = hash < 0 ? rest : rest.substring(0, hash);
            int[] entry = byResource.computeIfAbsent(resource, k -> new int[2]); // {count, lastFailure}
            if (count) {
                entry[0] = Score.add(entry[0], Score.parse(attribute.getValue()).orElse(0));
            } else {
                try {
                    entry[1] = (int) Math.max(entry[1], Long.parseLong(attribute.getValue().trim()));
                } catch (NumberFormatException e) {
                    // An unreadable timestamp never expires the count: failing safe means staying banned.
                }
            }
        }
        return byResource;
    }

    /** The effective fail count: 0 once {@code failure-timeout} has passed since the last failure. */
    static int count(Map<String, int[]> index, String resource, Optional<Duration> failureTimeout, Instant now) {
        int[] entry = index.get(resource);
        if (entry == null || entry[0] <= 0) {
            return 0;
        }
        if (failureTimeout.isPresent() && entry[1] > 0
                && now.getEpochSecond() >= (long) entry[1] + failureTimeout.get().toSeconds()) {
            return 0;
        }
        return entry[0];
    }

    static boolean expired(long lastRcChange, Optional<Duration> failureTimeout, Instant now) {
        return failureTimeout.isPresent() && lastRcChange > 0
                && now.getEpochSecond() >= lastRcChange + failureTimeout.get().toSeconds();
    }

}
