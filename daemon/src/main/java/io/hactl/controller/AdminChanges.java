package io.hactl.controller;

import io.hactl.cib.CibSnapshot;
import io.hactl.cib.PacemakerDuration;
import io.hactl.cib.edit.CibEditException;
import io.hactl.cib.edit.ClusterProperties;
import io.hactl.cib.edit.ConfigurationSection;
import io.hactl.cib.edit.MoveConstraints;
import io.hactl.cib.edit.NodeAttributes;
import io.hactl.cib.edit.ResourceMeta;
import io.hactl.cib.edit.StatusEdits;
import io.hactl.cib.edit.StatusTree;
import io.hactl.cib.xml.XmlElement;
import io.hactl.cib.xml.XmlFiles;
import io.hactl.scheduler.ObservedResource;
import io.hactl.scheduler.ObservedState;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The admin changes the coordinator applies, by the names the control socket and {@code hactl} use. Each
 * validates its arguments against the CIB and answers in one line what will happen in the cluster.
 */
final class AdminChanges {
    private AdminChanges() {}

    static Map<String, ChangeHandler> handlers() {
        Map<String, ChangeHandler> handlers = new TreeMap<>();
        handlers.put("node-shutdown", AdminChanges::nodeShutdown);
        handlers.put("node-standby", r -> standby(r, true));
        handlers.put("node-online", r -> standby(r, false));
        handlers.put("resource-move", AdminChanges::move);
        handlers.put("resource-unmove", AdminChanges::unmove);
        handlers.put("resource-stop", r -> targetRole(r, "Stopped"));
        handlers.put("resource-start", r -> targetRole(r, "Started"));
        handlers.put("resource-cleanup", AdminChanges::cleanup);
        handlers.put("failcount", AdminChanges::failcount);
        handlers.put("property-set", r -> property(r, Optional.of(r.text("value"))));
        handlers.put("property-delete", r -> property(r, Optional.empty()));
        handlers.put("maintenance", AdminChanges::maintenance);
        handlers.put("config-commit", AdminChanges::commit);
        handlers.put("hb-standby", r -> HeartbeatHandover.standby(r, which(r)));
        handlers.put("hb-takeover", r -> HeartbeatHandover.takeover(r, which(r)));
        return handlers;
    }

    /** A node's daemon is stopping: its resources move away first (see {@link StatusTree#shutdown}). */
    private static ChangeHandler.Applied nodeShutdown(ChangeHandler.Request request) {
        String node = request.optional("node").orElse(request.origin());
        return ChangeHandler.Applied.status(StatusTree.shutdown(request.cib(), node, Optional.of(request.now())),
                "node " + node + " is shutting down: its resources move away first");
    }

    private static ChangeHandler.Applied standby(ChangeHandler.Request request, boolean on) {
        String node = knownNode(request, request.optional("node").orElse(request.origin()));
        XmlElement next = NodeAttributes.setNodeAttribute(request.cib(), node, "standby",
                Optional.of(on ? "on" : "off"));
        return ChangeHandler.Applied.config(next, on ? node + " is now in standby: its resources move away"
                : node + " is online: resources may return to it, as resource-stickiness allows");
    }

    static String knownNode(ChangeHandler.Request request, String node) {
        Set<String> known = nodes(request.snapshot());
        if (!known.contains(node)) {
            throw new CibEditException("no node named \"" + node + "\"; the cluster has: " + String.join(", ", known));
        }
        return node;
    }

    static Set<String> nodes(CibSnapshot snapshot) {
        Set<String> known = new LinkedHashSet<>();
        snapshot.nodes().forEach(n -> known.add(n.uname()));
        snapshot.status().forEach(s -> known.add(s.uname()));
        return known;
    }

    private static ChangeHandler.Applied move(ChangeHandler.Request request) {
        String resource = request.text("resource");
        Optional<Instant> until = request.optional("lifetime").map(text -> request.now().plus(
                PacemakerDuration.parse(text).orElseThrow(() -> new CibEditException("--lifetime \"" + text
                        + "\" is not a duration; expected e.g. 10m, 2h or PT30M"))));
        String expiry = until.map(u -> " until " + io.hactl.cib.PacemakerDate.format(u)).orElse("");
        Optional<String> node = request.optional("node");
        if (node.isPresent()) {
            knownNode(request, node.get());
            XmlElement next = MoveConstraints.prefer(request.cib(), resource, node.get(), until);
            return ChangeHandler.Applied.config(next, resource + " moves to " + node.get() + " (constraint cli-prefer-"
                    + resource + expiry + "; remove it with: hactl resource unmove " + resource + ")");
        }
        String current = runningNode(request, resource).orElseThrow(() -> new CibEditException(resource
                + " is not running anywhere: name the node to move it to"));
        XmlElement next = MoveConstraints.ban(request.cib(), resource, current, until);
        return ChangeHandler.Applied.config(next, resource + " moves away from " + current + " (constraint cli-ban-"
                + resource + "-on-" + current + expiry + "; remove it with: hactl resource unmove " + resource + ")");
    }

    /** Where a resource (or the first member of a group) runs now. */
    static Optional<String> runningNode(ChangeHandler.Request request, String resource) {
        String member = request.snapshot().group(resource).map(g -> g.members().isEmpty() ? resource
                : g.members().get(0)).orElse(resource);
        return ObservedState.read(request.snapshot(), request.now()).stream().filter(r -> r.id().equals(member))
                .flatMap(r -> r.runningOn().stream()).findFirst();
    }

    private static ChangeHandler.Applied unmove(ChangeHandler.Request request) {
        String resource = request.text("resource");
        MoveConstraints.ClearedMoves cleared = MoveConstraints.clearMoves(request.cib(), resource);
        if (cleared.removed().isEmpty()) {
            return ChangeHandler.Applied.query(request.cib(), "no move constraint on " + resource + "; nothing to do",
                    Map.of("removed", List.of()));
        }
        return new ChangeHandler.Applied(cleared.cib(), true, "removed " + String.join(", ", cleared.removed())
                + ": " + resource + " may stay or move back, as resource-stickiness allows",
                Map.of("removed", cleared.removed()), true, Optional.empty());
    }

    private static ChangeHandler.Applied targetRole(ChangeHandler.Request request, String role) {
        String resource = request.text("resource");
        XmlElement next = ResourceMeta.setResourceMeta(request.cib(), resource, "target-role", Optional.of(role));
        return ChangeHandler.Applied.config(next, role.equals("Stopped") ? resource + " stops (target-role=Stopped)"
                : resource + " may run again (target-role=Started)");
    }

    private static ChangeHandler.Applied cleanup(ChangeHandler.Request request) {
        Optional<String> resource = request.optional("resource");
        Optional<String> node = request.optional("node").map(n -> knownNode(request, n));
        StatusEdits.Cleanup cleaned = StatusEdits.cleanup(request.cib(), resource, node);
        if (cleaned.cleaned().isEmpty()) {
            return ChangeHandler.Applied.query(request.cib(), "nothing to clean up for "
                    + resource.orElse("any resource") + node.map(n -> " on " + n).orElse(""), Map.of());
        }
        List<String> what = cleaned.cleaned().stream().map(c -> c.resource() + " on " + c.node()).distinct().toList();
        return ChangeHandler.Applied.status(cleaned.cib(), "cleaned up " + String.join(", ", what)
                + ": fail counts and history cleared, probing again").forgetting(resource, node);
    }

    private static ChangeHandler.Applied failcount(ChangeHandler.Request request) {
        String resource = request.text("resource");
        String action = request.text("action");
        switch (action) {
            case "show" -> {
                Map<String, Object> counts = new LinkedHashMap<>();
                Optional<String> only = request.optional("node");
                for (String node : nodes(request.snapshot())) {
                    if (only.isEmpty() || only.get().equals(node)) {
                        counts.put(node, StatusEdits.failCount(request.cib(), node, resource));
                    }
                }
                ObservedResource observed = ObservedState.read(request.snapshot(), request.now()).stream()
                        .filter(r -> r.id().equals(resource)).findFirst().orElseThrow(() -> new CibEditException(
                                "no resource named \"" + resource + "\" (fail counts belong to primitives)"));
                String threshold = observed.migrationThreshold() >= io.hactl.cib.Score.INFINITY ? "none"
                        : Integer.toString(observed.migrationThreshold());
                StringBuilder text = new StringBuilder("fail counts of " + resource + " (migration-threshold "
                        + threshold + ")");
                return ChangeHandler.Applied.query(request.cib(), text.toString(), Map.of("failcounts", counts));
            }
            case "delete" -> {
                String node = knownNode(request, request.text("node"));
                return ChangeHandler.Applied.status(StatusEdits.deleteFailCount(request.cib(), node, resource),
                        "fail count of " + resource + " on " + node + " deleted: it may run there again");
            }
            case "set" -> {
                String node = knownNode(request, request.text("node"));
                int value;
                try {
                    value = Integer.parseInt(request.text("value"));
                } catch (NumberFormatException e) {
                    throw new CibEditException("a fail count is a whole number, not \"" + request.text("value") + "\"");
                }
                return ChangeHandler.Applied.status(StatusEdits.setFailCount(request.cib(), node, resource, value),
                        "fail count of " + resource + " on " + node + " set to " + value);
            }
            default -> throw new CibEditException("failcount " + action + ": expected show, delete or set");
        }
    }

    private static ChangeHandler.Applied property(ChangeHandler.Request request, Optional<String> value) {
        String name = request.text("name");
        XmlElement next = ClusterProperties.setProperty(request.cib(), name, value);
        return ChangeHandler.Applied.config(next, value.map(v -> "cluster property " + name + " = " + v)
                .orElse("cluster property " + name + " deleted (its default applies)"));
    }

    private static ChangeHandler.Applied maintenance(ChangeHandler.Request request) {
        boolean on = Boolean.parseBoolean(String.valueOf(request.arguments().get("on")));
        XmlElement next = ClusterProperties.setProperty(request.cib(), "maintenance-mode",
                Optional.of(Boolean.toString(on)));
        return ChangeHandler.Applied.config(next, on
                ? "maintenance mode on: resources are left as they are, neither monitored nor recovered"
                : "maintenance mode off: the cluster manages resources again");
    }

    private static ChangeHandler.Applied commit(ChangeHandler.Request request) {
        String file = request.optional("file").orElse("the new configuration");
        XmlElement root;
        try {
            root = new XmlFiles().read(request.text("xml"));
        } catch (RuntimeException e) {
            throw new CibEditException(file + ": not well-formed XML: " + e.getMessage());
        }
        XmlElement configuration = root.name().equals("cib") ? root.child("configuration").orElseThrow(() ->
                new CibEditException(file + ": the <cib> has no <configuration>")) : root;
        XmlElement next = ConfigurationSection.replaceConfiguration(request.cib(), configuration);
        return ChangeHandler.Applied.config(next, "configuration from " + file + " committed");
    }

    private static String which(ChangeHandler.Request request) {
        String which = request.optional("which").orElse("all");
        if (!List.of("all", "foreign", "local").contains(which)) {
            throw new CibEditException("expected all, foreign or local, not \"" + which + "\"");
        }
        return which;
    }
}
