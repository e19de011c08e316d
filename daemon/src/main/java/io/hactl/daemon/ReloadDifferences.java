package io.hactl.daemon;

import io.hactl.config.ClusterConfig;
import io.hactl.config.HaCf;
import java.util.ArrayList;
import java.util.List;

/** What a reload found changed that only a restart applies: the cluster's shape and its keys. */
final class ReloadDifferences {
    private ReloadDifferences() {}

    static List<String> between(ClusterConfig running, ClusterConfig next) {
        HaCf before = running.haCf();
        HaCf after = next.haCf();
        List<String> changed = new ArrayList<>();
        if (!before.nodeNames().equals(after.nodeNames())) {
            changed.add("node list");
        }
        if (!before.media().stream().map(m -> m.keyword() + " " + m.device()).toList()
                .equals(after.media().stream().map(m -> m.keyword() + " " + m.device()).toList())) {
            changed.add("heartbeat media");
        }
        if (!before.timings().equals(after.timings())) {
            changed.add("timings (keepalive, deadtime, warntime, initdead)");
        }
        if (!running.authKeys().keys().equals(next.authKeys().keys()) || running.authKeys().activeId() != next.authKeys().activeId()) {
            changed.add("authkeys");
        }
        if (before.crm() != after.crm()) {
            changed.add("crm");
        }
        return changed;
    }
}
