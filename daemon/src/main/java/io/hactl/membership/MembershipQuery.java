package io.hactl.membership;

import java.util.List;

/** Read-only view of membership for status output and the controller. Safe to call from any thread. */
public interface MembershipQuery {

    String localNode();

    ClusterView view();

    /** Every node listed in ha.cf plus any unlisted member, sorted by name, with its last-heard age. */
    List<NodeStatus> nodes();

    /** Whether this node is the dc (the view coordinator). */
    default boolean isDc() {
        return view().dc().equals(localNode());
    }

    /** What the authkeys layer accepted and dropped since start. */
    AuthStats authStats();
}
