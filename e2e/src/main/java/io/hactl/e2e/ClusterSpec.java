package io.hactl.e2e;

/**
 * What cluster a lab runs: the seed's Asterisk-style group (a VIP, then kamailio bound to it) on {@code nodes}
 * nodes, preferring ast1, then ast2, and so on.
 *
 * @param nodes              2 or 3
 * @param profile            heartbeat and monitor timings
 * @param crm                true: a CIB ({@code crm yes}, the seed's crm configuration); false: haresources
 *                           ({@code crm no}, Heartbeat v1: no monitors)
 * @param autoFailback       whether the group goes home when its preferred node comes back
 * @param migrationThreshold monitor failures on a node before the group leaves it (CIB only)
 */
public record ClusterSpec(int nodes, Profile profile, boolean crm, boolean autoFailback, int migrationThreshold) {

    public static final String GROUP = "asterisk-group";
    public static final String VIP_RESOURCE = "failover-ip";
    public static final String SIP_RESOURCE = "failover-sip";

    public ClusterSpec {
        if (nodes < 2 || nodes > 9) {
            throw new IllegalArgumentException("a lab cluster has 2 to 9 nodes, not " + nodes);
        }
        if (migrationThreshold < 1) {
            throw new IllegalArgumentException("migration-threshold must be at least 1");
        }
    }

    /** Two nodes, a CIB, no failback, migration-threshold 1. */
    public static ClusterSpec of(Profile profile) {
        return new ClusterSpec(2, profile, true, false, 1);
    }

    public ClusterSpec withNodes(int n) {
        return new ClusterSpec(n, profile, crm, autoFailback, migrationThreshold);
    }

    public ClusterSpec withHaresources() {
        return new ClusterSpec(nodes, profile, false, autoFailback, migrationThreshold);
    }

    public ClusterSpec withAutoFailback(boolean on) {
        return new ClusterSpec(nodes, profile, crm, on, migrationThreshold);
    }

    public ClusterSpec withMigrationThreshold(int threshold) {
        return new ClusterSpec(nodes, profile, crm, autoFailback, threshold);
    }

    public static String nodeName(int n) {
        return "ast" + n;
    }
}
