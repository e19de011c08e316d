package io.hactl.config;

import java.util.List;

/**
 * One logical haresources line: resources started left to right on the preferred node and stopped right to
 * left, moving together.
 *
 * @param id            a unique group name, {@code group_} plus the id of its first resource: Heartbeat gives
 *                      lines no names, the CIB needs them, and this one stays the same when lines are reordered
 * @param preferredNode the node named first on the line, where the group runs when that node is up
 */
public record ResourceGroup(String id, String preferredNode, List<HaResource> resources, int line) {
    public ResourceGroup {
        resources = List.copyOf(resources);
    }
}
