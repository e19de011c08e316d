package io.hactl.cli;

import io.hactl.executor.AgentDirectories;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where to look for agents; the defaults are the standard paths, as Pacemaker and Heartbeat use them. */
final class AgentDirectoryOptions {
    @Option(names = "--ocf-root", paramLabel = "DIR",
            description = "OCF_ROOT: agents are DIR/resource.d/PROVIDER/TYPE (default: $OCF_ROOT or /usr/lib/ocf).")
    Path ocfRoot;

    @Option(names = "--init-dir", paramLabel = "DIR", description = "Where lsb: scripts are (default: /etc/init.d).")
    Path initDir;

    @Option(names = "--heartbeat-dir", paramLabel = "DIR",
            description = "Where heartbeat: scripts are (default: /etc/ha.d/resource.d).")
    Path heartbeatDir;

    AgentDirectories directories() {
        AgentDirectories standard = AgentDirectories.standard();
        String envRoot = System.getenv("OCF_ROOT");
        Path root = ocfRoot != null ? ocfRoot
                : envRoot != null && !envRoot.isBlank() ? Path.of(envRoot) : standard.ocfRoot();
        return new AgentDirectories(root.toAbsolutePath(),
                initDir != null ? initDir.toAbsolutePath() : standard.initDir(),
                heartbeatDir != null ? heartbeatDir.toAbsolutePath() : standard.heartbeatDir());
    }
}
