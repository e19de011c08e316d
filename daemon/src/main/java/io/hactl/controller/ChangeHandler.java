package io.hactl.controller;

import io.hactl.cib.CibSnapshot;
import io.hactl.cib.xml.XmlElement;
import java.util.Map;
import java.util.Optional;

/**
 * One admin change the coordinator applies to its CIB ({@code node-standby}, {@code resource-move} ...). Runs on
 * the coordinator; a refusal is an {@link IllegalArgumentException} whose message the admin reads.
 */
@FunctionalInterface
interface ChangeHandler {

    Applied apply(Request request);

    /** @param origin the node the admin ran {@code hactl} on (the default for node arguments) */
    record Request(XmlElement cib, CibSnapshot snapshot, String origin, Map<String, Object> arguments,
            java.time.Instant now) {
        String text(String name) {
            Object value = arguments.get(name);
            if (value == null || String.valueOf(value).isBlank()) {
                throw new IllegalArgumentException("missing argument \"" + name + "\"");
            }
            return String.valueOf(value);
        }

        java.util.Optional<String> optional(String name) {
            Object value = arguments.get(name);
            return value == null || String.valueOf(value).isBlank() ? java.util.Optional.empty()
                    : java.util.Optional.of(String.valueOf(value));
        }
    }

    /**
     * @param cib           the new tree, or the same one when nothing changes
     * @param configuration whether the configuration section changed (epoch) rather than status (num_updates)
     * @param message       one line for the admin
     * @param result        extra fields for {@code --json}
     * @param moves         whether resources may move because of it (explained in the log and status)
     * @param forget        histories the nodes must forget (a cleanup), so that they are probed again
     */
    record Applied(XmlElement cib, boolean configuration, String message, Map<String, Object> result, boolean moves,
            Optional<Forgetting> forget) {
        static Applied config(XmlElement cib, String message) {
            return new Applied(cib, true, message, Map.of(), true, Optional.empty());
        }

        static Applied status(XmlElement cib, String message) {
            return new Applied(cib, false, message, Map.of(), true, Optional.empty());
        }

        static Applied query(XmlElement cib, String message, Map<String, Object> result) {
            return new Applied(cib, false, message, result, false, Optional.empty());
        }

        Applied forgetting(Optional<String> resource, Optional<String> node) {
            return new Applied(cib, configuration, message, result, moves, Optional.of(new Forgetting(resource, node)));
        }
    }

    /** A cleanup: which resource's history (all when empty) to forget on which node (all when empty). */
    record Forgetting(Optional<String> resource, Optional<String> node) {}
}
