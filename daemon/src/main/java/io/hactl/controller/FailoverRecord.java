package io.hactl.controller;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The last time resources moved or were recovered because something failed or an admin asked: what moved,
 * from where to where, why, and how long it took from the cause to the last start.
 */
record FailoverRecord(List<String> resources, Optional<String> from, Optional<String> to, String reason,
        Instant causedAt, Instant finishedAt, Duration took) {
    FailoverRecord {
        resources = List.copyOf(resources);
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("resources", resources);
        json.put("from", from.orElse(null));
        json.put("to", to.orElse(null));
        json.put("reason", reason);
        json.put("at", causedAt.toEpochMilli());
        json.put("finished", finishedAt.toEpochMilli());
        json.put("took_ms", took.toMillis());
        return json;
    }
}
