package io.hactl.status;

import io.hactl.cib.PacemakerDate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The running cluster's status: the CIB's picture ({@link StatusModel}) plus what only the coordinator knows, the
 * last failover (what moved, why, how long it took) and recoveries refused for lack of fencing.
 */
public final class LiveStatus {
    private LiveStatus() {}

    /** The crm_mon-style screen followed by the coordinator's notes. */
    public static String text(StatusModel model, Map<String, Object> notes, Instant now) {
        StringBuilder out = new StringBuilder(StatusText.render(model));
        List<?> refused = notes.get("fencing_refused") instanceof List<?> l ? l : List.of();
        if (!refused.isEmpty()) {
            out.append("\nRecovery refused (stonith-enabled=true, no fencing):\n");
            for (Object node : refused) {
                out.append("  * ").append(node).append(" vanished without a clean shutdown: its resources are NOT"
                        + " started elsewhere. Make sure it is down, then: hactl property set stonith-enabled false\n");
            }
        }
        if (notes.get("last_failover") instanceof Map<?, ?> failover) {
            long at = ((Number) failover.get("at")).longValue();
            Duration ago = Duration.between(Instant.ofEpochMilli(at), now);
            out.append("\nLast failover: ").append(PacemakerDate.format(Instant.ofEpochMilli(at))).append(" (")
                    .append(ago(ago)).append(" ago), took ").append(failover.get("took_ms")).append(" ms\n");
            out.append("  * ").append(failover.get("resources")).append(failover.get("from") == null ? ""
                    : " " + failover.get("from") + " ->").append(" ").append(failover.get("to") == null ? "stopped"
                    : failover.get("to")).append(": ").append(failover.get("reason")).append("\n");
        }
        return out.toString();
    }

    /** {@link StatusJson}'s document with the coordinator's notes filled in. */
    public static Map<String, Object> document(StatusModel model, Map<String, Object> notes) {
        Map<String, Object> document = StatusJson.document(model);
        document.put("last_failover", notes.get("last_failover"));
        document.put("fencing_refused", notes.getOrDefault("fencing_refused", List.of()));
        document.put("failovers", notes.getOrDefault("failovers", 0L));
        return document;
    }

    private static String ago(Duration d) {
        long s = d.toSeconds();
        if (s < 120) {
            return s + " s";
        }
        if (s < 7200) {
            return s / 60 + " min";
        }
        return s / 3600 + " h";
    }
}
