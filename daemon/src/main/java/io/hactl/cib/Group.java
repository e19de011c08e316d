package io.hactl.cib;

import java.util.List;
import java.util.Map;

/** A {@code group}: members start in order, stop in reverse order, and run on one node. */
public record Group(String id, List<String> members, Map<String, String> meta) {
    public Group {
        members = List.copyOf(members);
        meta = Map.copyOf(meta);
    }
}
