package io.hactl.config;

import java.util.List;

/**
 * {@code respawn USER COMMAND [ARGS…]}: a process hactld starts as USER and restarts whenever it exits,
 * unless it exits with status 100 (Heartbeat's "do not respawn me").
 */
public record Respawn(String user, List<String> command, int line) {
    public Respawn {
        command = List.copyOf(command);
    }
}
