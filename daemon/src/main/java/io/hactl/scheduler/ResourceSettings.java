package io.hactl.scheduler;

import io.hactl.cib.PacemakerBoolean;
import io.hactl.cib.CibSnapshot;
import io.hactl.cib.PacemakerDuration;
import io.hactl.cib.Primitive;
import io.hactl.cib.Score;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The meta attributes that steer one primitive, resolved as Pacemaker resolves them: the primitive's own, then
 * its group's, then {@code rsc_defaults}, then the old cluster-wide {@code default-resource-*} properties.
 *
 * @param migrationThreshold fail count at which the resource is banned from a node ({@code INFINITY} by default)
 * @param multipleActive     stop_start (default), stop_only, block or stop_unexpected
 */
record ResourceSettings(
        int stickiness,
        int migrationThreshold,
        Optional<Duration> failureTimeout,
        boolean targetStopped,
        boolean managed,
        String multipleActive,
        int priority) {

    /** @param group the meta attributes of the primitive's group (empty when it is not in one) */
    static ResourceSettings of(CibSnapshot cib, Primitive primitive, Map<String, String> group) {
        int stickiness = score(lookup("resource-stickiness", primitive, group, cib)
                .or(() -> cib.property("default-resource-stickiness")), 0);
        int threshold = migrationThreshold(primitive, group, cib, stickiness);
        Optional<Duration> failureTimeout = lookup("failure-timeout", primitive, group, cib)
                .flatMap(PacemakerDuration::parse).filter(d -> !d.isZero());
        boolean stopped = lookup("target-role", primitive, group, cib).map(r -> r.equalsIgnoreCase("Stopped"))
                .orElse(false);
        // A group's target-role=Stopped stops every member even when a member says Started.
        if ("stopped".equalsIgnoreCase(group.getOrDefault("target-role", ""))) {
            stopped = true;
        }
        boolean managed = !lookup("is-managed", primitive, group, cib).map(v -> !PacemakerBoolean.isTrue(v)).orElse(false)
                && !PacemakerBoolean.isTrue(cib.properties().get("maintenance-mode"))
                && !PacemakerBoolean.isTrue(lookup("maintenance", primitive, group, cib).orElse("false"));
        String multipleActive = lookup("multiple-active", primitive, group, cib).orElse("stop_start");
        int priority = score(lookup("priority", primitive, group, cib), 0);
        return new ResourceSettings(stickiness, threshold, failureTimeout, stopped, managed, multipleActive,
                priority);
    }

    /**
     * migration-threshold, or for Heartbeat-2-era CIBs that only set resource-failure-stickiness, the threshold
     * Pacemaker 1.0 derived from it: 1 + stickiness / |failure-stickiness|. Pacemaker 2 ignores the old name;
     * we keep the 1.0 reading so that such CIBs (the seed's) keep the behaviour their authors saw.
     */
    private static int migrationThreshold(Primitive primitive, Map<String, String> group, CibSnapshot cib,
            int stickiness) {
        Optional<String> threshold = lookup("migration-threshold", primitive, group, cib);
        if (threshold.isPresent()) {
            int value = score(threshold, Score.INFINITY);
            return value <= 0 ? Score.INFINITY : value;
        }
        Optional<String> failureStickiness = lookup("resource-failure-stickiness", primitive, group, cib)
                .or(() -> cib.property("default-resource-failure-stickiness"));
        int failure = score(failureStickiness, 0);
        if (failure == 0) {
            return Score.INFINITY;
        }
        if (failure <= -Score.INFINITY || stickiness <= 0) {
            return 1;
        }
        return 1 + stickiness / Math.abs(failure);
    }

    private static Optional<String> lookup(String name, Primitive primitive, Map<String, String> group,
            CibSnapshot cib) {
        return Optional.ofNullable(primitive.meta().get(name))
                .or(() -> Optional.ofNullable(group.get(name)))
                .or(() -> Optional.ofNullable(cib.rscDefaults().get(name)));
    }

    private static int score(Optional<String> text, int fallback) {
        return text.flatMap(t -> {
            var parsed = Score.parse(t);
            return parsed.isPresent() ? Optional.of(parsed.getAsInt()) : Optional.empty();
        }).orElse(fallback);
    }
}
