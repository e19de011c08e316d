package io.hactl.config;

import java.nio.file.Path;
import java.util.List;

/** A valid haresources file: the resource groups of a {@code crm no} cluster, in file order. */
public record HaResources(Path file, List<ResourceGroup> groups) {
    public HaResources {
        groups = List.copyOf(groups);
    }

    public static HaResources empty(Path file) {
        return new HaResources(file, List.of());
    }
}
