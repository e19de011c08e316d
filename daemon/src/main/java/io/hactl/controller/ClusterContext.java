package io.hactl.controller;

import io.hactl.membership.ClusterView;
import java.time.Clock;
import java.util.Set;

/** What the coordinator needs from its surroundings: who it is, the view, and a way to talk to nodes. */
interface ClusterContext {
    String localNode();

    ClusterView view();

    /**
     * The nodes membership counts as members right now (this one, active, late): ahead of {@link #view()} while
     * the view's event waits in the queue, and read from the same state as {@link #awaitedNodes()}, so a node is
     * always in one of the two until it has joined.
     */
    Set<String> memberNodes();

    /** Nodes listed in ha.cf: quorum counts them. */
    Set<String> listedNodes();

    Clock clock();

    /** Listed nodes not heard yet while initdead runs: Heartbeat starts nothing until they come or it ends. */
    Set<String> awaitedNodes();

    /** Delivers to a node, this one included (handled on the controller thread, like any message). */
    void send(String node, ControllerMessage message);

    /** Sends the current CIB to every other member. */
    void publish();
}
