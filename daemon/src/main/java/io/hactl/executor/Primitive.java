package io.hactl.executor;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One configured resource as the executor needs it: its id, its agent and its instance parameters
 * (Pacemaker's {@code primitive}). Heartbeat-class resources carry their positional arguments under
 * the keys {@code "1"}, {@code "2"}, … as Heartbeat's lrmd did.
 *
 * @param params instance parameters in the order the admin wrote them
 */
public record Primitive(String id, AgentRef agent, Map<String, String> params) {
    public Primitive {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(agent, "agent");
        if (id.isBlank()) {
            throw new IllegalArgumentException("resource id must not be blank");
        }
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    public static Primitive of(String id, String agent, Map<String, String> params) {
        return new Primitive(id, AgentRef.parse(agent), params);
    }
}
