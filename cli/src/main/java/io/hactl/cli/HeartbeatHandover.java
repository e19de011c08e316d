package io.hactl.cli;

/**
 * Which resources Heartbeat's {@code hb_standby} and {@code hb_takeover} hand over, by their home in haresources
 * (the node named first on their line). The names are Heartbeat's and the protocol's.
 */
enum HeartbeatHandover {
    /** Every resource group. */
    all,
    /** The groups whose home is the other node. */
    foreign,
    /** The groups whose home is this node. */
    local;

    static final String DESCRIPTION = "all (default): every resource; foreign: those whose home in haresources"
            + " is the other node; local: those whose home is this node.";
}
