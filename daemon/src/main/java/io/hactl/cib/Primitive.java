package io.hactl.cib;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code primitive}: one agent instance. {@code meta} holds only what is written on the primitive itself;
 * the scheduler adds what it inherits from its group and {@code rsc_defaults}.
 *
 * @param group the id of the group it belongs to, if any
 */
public record Primitive(
        String id,
        String agentClass,
        Optional<String> provider,
        String type,
        Map<String, String> params,
        Map<String, String> meta,
        List<ResourceOperation> operations,
        Optional<String> group) {

    public Primitive {
        params = Map.copyOf(params);
        meta = Map.copyOf(meta);
        operations = List.copyOf(operations);
    }

    /** {@code ocf:heartbeat:IPaddr}, {@code lsb:asterisk}, as crm_mon prints it. */
    public String agent() {
        return agentClass + provider.map(p -> ":" + p).orElse("") + ":" + type;
    }
}
