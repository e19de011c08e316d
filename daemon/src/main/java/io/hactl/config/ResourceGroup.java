package io.hactl.config;

import java.util.List;

/**
 * One logical haresources line: resources started left to right on the preferred node and stopped right to
 * left, moving together.
 *
 * @param id            a unique group name ({@code group_1} for the first line, and so on, or the id of the
 *                      sole resource's first member: Heartbeat gives lines no names, the CIB needs them)
 * @param preferredNode the node named first on the line, where the group runs when that node is up
 */
public record ResourceGroup(String id, String preferredNode, List<HaResource> resources, int line) {
    public ResourceGroup {
        resources = List.copyOf(resources);
    }
}
