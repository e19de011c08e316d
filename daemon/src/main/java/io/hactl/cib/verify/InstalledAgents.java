package io.hactl.cib.verify;

import io.hactl.cib.Primitive;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * Finds agents where Pacemaker and Heartbeat look for them: {@code OCF_ROOT/resource.d/PROVIDER/TYPE},
 * {@code /etc/init.d/TYPE} (lsb) and {@code /etc/ha.d/resource.d/TYPE} (heartbeat). Meta-data is not read here,
 * so required parameters are unknown; classes it cannot check (service, systemd, stonith) count as installed.
 */
public final class InstalledAgents implements AgentCatalog {
    private final Path ocfRoot;
    private final Path initDirectory;
    private final Path heartbeatDirectory;

    public InstalledAgents(Path ocfRoot, Path initDirectory, Path heartbeatDirectory) {
        this.ocfRoot = ocfRoot;
        this.initDirectory = initDirectory;
        this.heartbeatDirectory = heartbeatDirectory;
    }

    @Override
    public boolean isInstalled(Primitive primitive) {
        return switch (primitive.agentClass()) {
            case "ocf" -> Files.isExecutable(ocfRoot.resolve("resource.d").resolve(primitive.provider().orElse(""))
                    .resolve(primitive.type()));
            case "lsb" -> Files.isExecutable(initDirectory.resolve(primitive.type()));
            case "heartbeat" -> Files.isExecutable(heartbeatDirectory.resolve(primitive.type()));
            default -> true;
        };
    }

    @Override
    public Optional<Set<String>> requiredParameters(Primitive primitive) {
        return Optional.empty();
    }
}
