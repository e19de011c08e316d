package io.hactl.cli;

import io.hactl.testing.NetnsLab;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** What the tests running real hactld processes in network namespaces need first: root, ip netns, the built jar. */
final class NetnsHactld {
    private NetnsHactld() {}

    /** The source tree's {@code bin/hactld}, after checking that it can run here. */
    static Path launcher() {
        Assumptions.assumeTrue(NetnsLab.available(), "needs root and ip netns");
        Path launcher = Path.of("..", "bin", "hactld").toAbsolutePath().normalize();
        Assumptions.assumeTrue(Files.isExecutable(launcher) && Files.exists(Path.of("target", "hactl.jar")),
                "needs bin/hactld and the packaged jar");
        return launcher;
    }
}
