package io.hactl.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A valid authkeys file: the key messages are signed with ({@code auth N}) and every key accepted from
 * peers. Listing several keys lets a cluster change keys one node at a time, as in Heartbeat.
 */
public record AuthKeys(Path file, int activeId, SortedMap<Integer, AuthKey> keys) {

    public AuthKeys {
        keys = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(keys));
        if (!keys.containsKey(activeId)) {
            throw new IllegalArgumentException("auth " + activeId + " names no key");
        }
    }

    public static AuthKeys of(Path file, int activeId, Map<Integer, AuthKey> keys) {
        return new AuthKeys(file, activeId, new TreeMap<>(keys));
    }

    /** The key this node signs with. */
    public AuthKey active() {
        return keys.get(activeId);
    }
}
