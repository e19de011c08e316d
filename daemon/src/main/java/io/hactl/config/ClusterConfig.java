package io.hactl.config;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Everything hactld reads from the configuration directory ({@code /etc/ha.d}), checked as a whole.
 *
 * @param directory   the configuration directory
 * @param localNode   this node's name: {@code --node-name}, or {@code uname -n}
 * @param haResources present when the file exists; used only when {@code crm no}
 * @param cibFile     where a {@code crm yes} cluster's CIB is read from
 */
public record ClusterConfig(
        Path directory,
        String localNode,
        HaCf haCf,
        AuthKeys authKeys,
        Optional<HaResources> haResources,
        Path cibFile) {}
