package io.hactl.controller;

import io.hactl.cib.status.StatusTree;
import java.util.Map;
import java.util.TreeMap;

/** The admin changes the coordinator knows, by the names the control socket and {@code hactl} use. */
final class AdminChanges {
    private AdminChanges() {}

    static Map<String, ChangeHandler> handlers() {
        Map<String, ChangeHandler> handlers = new TreeMap<>();
        handlers.put("node-shutdown", AdminChanges::nodeShutdown);
        return handlers;
    }

    /**
     * A node's daemon is stopping: Pacemaker's transient {@code shutdown} attribute plus a transient standby move
     * its resources away first. Both disappear when the node joins again.
     */
    private static ChangeHandler.Applied nodeShutdown(ChangeHandler.Request request) {
        String node = request.optional("node").orElse(request.origin());
        return ChangeHandler.Applied.status(StatusTree.transientAttributes(request.cib(), node, attributes -> {
            attributes.put("shutdown", Long.toString(request.now().getEpochSecond()));
            attributes.put("standby", "on");
        }), "node " + node + " is shutting down: its resources move away first");
    }
}
