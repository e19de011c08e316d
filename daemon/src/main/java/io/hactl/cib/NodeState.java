package io.hactl.cib;

import java.util.List;
import java.util.Map;

/**
 * A {@code node_state} of the status section: membership as the cluster layer saw it, transient attributes
 * (fail counts, last failures) and the per-resource operation history.
 *
 * @param inMembership {@code in_ccm}: the node is a member of the cluster layer's view
 * @param controller   {@code crmd}: "online" when the node's daemon takes part
 * @param join         {@code join}: "member" once the node has joined the coordinator
 */
public record NodeState(
        String id,
        String uname,
        boolean inMembership,
        String controller,
        String join,
        String expected,
        Map<String, String> transientAttributes,
        List<ResourceHistory> history) {

    public NodeState {
        transientAttributes = Map.copyOf(transientAttributes);
        history = List.copyOf(history);
    }

    /** Online as Pacemaker judges a node without fencing: in the membership, daemon online, joined. */
    public boolean isOnline() {
        return inMembership && "online".equals(controller) && (join.isEmpty() || "member".equals(join));
    }
}
