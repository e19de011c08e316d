package io.hactl.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A valid ha.cf, immutable. Built only by {@link HaCfParser}; every field is either what the admin wrote or
 * Heartbeat's default for it.
 */
public record HaCf(
        Path file,
        List<Sourced<String>> nodes,
        List<Medium> media,
        Timings timings,
        AutoFailback autoFailback,
        CrmMode crm,
        Autojoin autojoin,
        LogSettings logging,
        Optional<Compression> compression,
        List<Respawn> respawns,
        Map<String, String> respawnEnvironment,
        List<ApiAuth> apiAuth) {

    public HaCf {
        nodes = List.copyOf(nodes);
        media = List.copyOf(media);
        respawns = List.copyOf(respawns);
        respawnEnvironment = Map.copyOf(respawnEnvironment);
        apiAuth = List.copyOf(apiAuth);
    }

    /** Heartbeat's UDP port when ha.cf sets none (IANA "ha-cluster"). */
    public static final int DEFAULT_UDP_PORT = 694;

    public List<String> nodeNames() {
        return nodes.stream().map(Sourced::value).toList();
    }

    public boolean hasNode(String name) {
        return nodeNames().contains(name);
    }
}
