package io.hactl.membership;

import java.time.Duration;
import java.util.Optional;

/**
 * One node as membership sees it now.
 *
 * @param node      node name
 * @param state     where it stands
 * @param listed    whether ha.cf lists it (an unlisted member joined under autojoin)
 * @param lastHeard age of the last authenticated message from it; empty for this node itself or if never heard
 */
public record NodeStatus(String node, State state, boolean listed, Optional<Duration> lastHeard) {

    public enum State {
        /** This node. */
        LOCAL,
        /** In the view and heard within warntime. */
        ACTIVE,
        /** In the view, silent for more than warntime. */
        LATE,
        /** Removed without a goodbye, or not heard within initdead. */
        DEAD,
        /** Left cleanly. */
        LEFT,
        /** Listed in ha.cf, not heard yet, initdead not over. */
        UNKNOWN
    }
}
