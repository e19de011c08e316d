package io.hactl.controller;

import io.hactl.cib.CibSnapshot;
import io.hactl.scheduler.ObservedResource;
import io.hactl.scheduler.ObservedState;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Heartbeat's answer to "which resources does this node hold" ({@code cl_status rscstatus}): {@code local} when
 * it runs resources whose home is this node, {@code foreign} when it runs resources whose home is another node,
 * {@code all} for both, {@code none} for neither. A group counts where its first member runs.
 */
public final class HeldResources {
    private HeldResources() {}

    public static String of(CibSnapshot snapshot, String node, Instant now) {
        Map<String, ObservedResource> observed = ObservedState.read(snapshot, now).stream()
                .collect(Collectors.toMap(ObservedResource::id, Function.identity()));
        boolean local = false;
        boolean foreign = false;
        for (String id : snapshot.topLevel()) {
            String first = snapshot.group(id).map(g -> g.members().isEmpty() ? id : g.members().get(0)).orElse(id);
            ObservedResource resource = observed.get(first);
            if (resource == null || !resource.runningOn().contains(node)) {
                continue;
            }
            if (HeartbeatHandover.primary(snapshot, id).map(node::equals).orElse(false)) {
                local = true;
            } else {
                foreign = true;
            }
        }
        return local && foreign ? "all" : local ? "local" : foreign ? "foreign" : "none";
    }
}
