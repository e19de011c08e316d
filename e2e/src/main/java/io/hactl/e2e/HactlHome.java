package io.hactl.e2e;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The hactl source tree the lab runs from: its {@code bin/hactld} and {@code bin/hactl} launchers (which use
 * {@code cli/target/hactl.jar}) and its OCF agents ({@code resource-agents/ocf}). Given by {@code -Dhactl.home},
 * else the nearest directory above the working directory that has {@code bin/hactld}.
 */
record HactlHome(Path root) {

    static HactlHome find() {
        String property = System.getProperty("hactl.home");
        if (property != null) {
            return new HactlHome(Path.of(property).toAbsolutePath());
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("bin/hactld"))) {
                return new HactlHome(dir);
            }
        }
        throw new IllegalStateException("cannot find the hactl tree (bin/hactld) above " + Path.of("").toAbsolutePath()
                + "; set -Dhactl.home");
    }

    Path hactld() {
        return root.resolve("bin/hactld");
    }

    Path hactl() {
        return root.resolve("bin/hactl");
    }

    Path ocfRoot() {
        return root.resolve("resource-agents/ocf");
    }
}
