package io.hactl.control;

import io.hactl.membership.NodeStatus;

/**
 * Our membership states in Heartbeat's words, as {@code cl_status nodestatus} and {@code hblinkstatus} print
 * them and scripts compare them (heartbeat.h: init, up, active, dead, ping).
 *
 * <table>
 *   <tr><th>{@link NodeStatus.State}</th><th>node</th><th>link</th><th>why</th></tr>
 *   <tr><td>LOCAL</td><td>active</td><td>up</td><td>this node answers, so it is in the cluster</td></tr>
 *   <tr><td>ACTIVE</td><td>active</td><td>up</td><td>in the view, heard within warntime</td></tr>
 *   <tr><td>LATE</td><td>active</td><td>up</td><td>Heartbeat too keeps a late node active until deadtime and only
 *       logs "late heartbeat"</td></tr>
 *   <tr><td>DEAD</td><td>dead</td><td>dead</td><td>declared dead (deadtime or initdead passed)</td></tr>
 *   <tr><td>LEFT</td><td>dead</td><td>dead</td><td>Heartbeat marks a node that shut down cleanly dead too</td></tr>
 *   <tr><td>UNKNOWN</td><td>init</td><td>dead</td><td>listed, never heard, initdead not over: Heartbeat's
 *       "init"</td></tr>
 * </table>
 * Heartbeat's "up" (listening, not yet active) has no counterpart: hactld only answers once it has joined.
 * "ping" is never used: hactl has no ping nodes.
 */
public final class HeartbeatNodeStatus {
    private HeartbeatNodeStatus() {
    }

    public static String node(NodeStatus.State state) {
        return switch (state) {
            case LOCAL, ACTIVE, LATE -> "active";
            case DEAD, LEFT -> "dead";
            case UNKNOWN -> "init";
        };
    }

    /**
     * hactl heartbeats over one medium (see MediaMapping), so every link of a node is up exactly when the node is
     * heard: up while it is in the view, dead otherwise.
     */
    public static String link(NodeStatus.State state) {
        return switch (state) {
            case LOCAL, ACTIVE, LATE -> "up";
            case DEAD, LEFT, UNKNOWN -> "dead";
        };
    }
}
