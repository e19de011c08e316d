package io.hactl.executor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where agents live. Defaults are the standard paths; tests and admins testing their own scripts point
 * them elsewhere (e.g. the source tree's {@code resource-agents/ocf} as OCF_ROOT).
 *
 * @param ocfRoot      OCF_ROOT; agents are {@code resource.d/PROVIDER/TYPE} under it
 * @param initDir      where LSB init scripts are
 * @param heartbeatDir where Heartbeat v1 resource scripts are ({@code HA_RESOURCEDIR})
 */
public record AgentDirectories(Path ocfRoot, Path initDir, Path heartbeatDir) {
    public static final Path DEFAULT_OCF_ROOT = Path.of("/usr/lib/ocf");

    public AgentDirectories {
        Objects.requireNonNull(ocfRoot, "ocfRoot");
        Objects.requireNonNull(initDir, "initDir");
        Objects.requireNonNull(heartbeatDir, "heartbeatDir");
    }

    public static AgentDirectories standard() {
        return new AgentDirectories(DEFAULT_OCF_ROOT, Path.of("/etc/init.d"), Path.of("/etc/ha.d/resource.d"));
    }

    public AgentDirectories withOcfRoot(Path root) {
        return new AgentDirectories(root, initDir, heartbeatDir);
    }

    /**
     * OCF_FUNCTIONS_DIR as resource-agents defines it: where {@code ocf-shellfuncs} is, if installed. An
     * OCF_ROOT without its own (a source tree, a test directory) borrows the system's, so agents there
     * behave as they will once installed.
     */
    public Path ocfFunctionsDir() {
        Path own = ocfRoot.resolve("lib/heartbeat");
        return Files.isDirectory(own) ? own : DEFAULT_OCF_ROOT.resolve("lib/heartbeat");
    }

    public Path providerDir(String provider) {
        return ocfRoot.resolve("resource.d").resolve(provider);
    }

    /** The script that implements {@code agent}; it may not exist. */
    public Path scriptOf(AgentRef agent) {
        return switch (agent.agentClass()) {
            case OCF -> providerDir(agent.provider()).resolve(agent.type());
            case LSB -> initDir.resolve(agent.type());
            case HEARTBEAT -> heartbeatDir.resolve(agent.type());
        };
    }
}
