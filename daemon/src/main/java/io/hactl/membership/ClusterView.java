package io.hactl.membership;

import java.util.List;

/**
 * One membership view, in our words.
 *
 * @param id      JGroups' view id (grows with each view the dc installs)
 * @param dc      the designated coordinator: the first member, which places resources
 * @param members node names, the dc first
 * @param merged  true when this view joined partitions that had been running apart
 */
public record ClusterView(long id, String dc, List<String> members, boolean merged) {
    public ClusterView {
        members = List.copyOf(members);
    }

    public static ClusterView none() {
        return new ClusterView(0, "", List.of(), false);
    }

    public boolean contains(String node) {
        return members.contains(node);
    }
}
