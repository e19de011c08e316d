package io.hactl.config;

import java.util.List;

/**
 * {@code apiauth CLIENT [uid=U,…] [gid=G,…]}: which local users may use a client API. hactl applies the
 * entries for {@code hactl} (or {@code default}) to its control socket: a process qualifies under either list.
 */
public record ApiAuth(String client, List<String> uids, List<String> gids, int line) {
    public ApiAuth {
        uids = List.copyOf(uids);
        gids = List.copyOf(gids);
    }
}
