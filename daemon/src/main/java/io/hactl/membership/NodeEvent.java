package io.hactl.membership;

import java.time.Duration;
import java.util.Optional;

/**
 * What the rest of hactl learns about nodes. Each event carries the view in which it happened (for
 * {@link Late}, the view current when the warning was raised).
 */
public sealed interface NodeEvent {

    String node();

    ClusterView view();

    /** The node is in the view: it started, or a partition that held it merged back. */
    record Joined(String node, ClusterView view) implements NodeEvent {}

    /** Nothing heard from the node for more than warntime; once per episode. Still a member. */
    record Late(String node, Duration silence, ClusterView view) implements NodeEvent {}

    /**
     * The node was removed without saying goodbye (crash, hang, network loss), or was never heard within initdead.
     *
     * @param lastHeard how long before the view it was last heard; empty if never heard
     */
    record Dead(String node, Optional<Duration> lastHeard, ClusterView view) implements NodeEvent {}

    /** The node announced it was stopping, then left the view: a clean shutdown. */
    record Left(String node, ClusterView view) implements NodeEvent {}
}
