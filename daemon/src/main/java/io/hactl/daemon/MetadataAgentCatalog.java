package io.hactl.daemon;

import io.hactl.cib.Primitive;
import io.hactl.cib.verify.AgentCatalog;
import io.hactl.cib.verify.InstalledAgents;
import io.hactl.executor.AgentDirectories;
import io.hactl.executor.AgentRef;
import io.hactl.executor.MetadataRead;
import io.hactl.executor.ParameterSpec;
import io.hactl.executor.ResourceExecutor;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Answers CIB verification's questions about agents from the agents themselves: installed or not from the file
 * system, required parameters from their meta-data, read once per agent through the executor.
 */
public final class MetadataAgentCatalog implements AgentCatalog {
    private final ResourceExecutor executor;
    private final io.hactl.executor.AgentCatalog catalog;
    private final InstalledAgents installed;
    private final Map<String, Optional<Set<String>>> requiredByAgent = new HashMap<>();

    public MetadataAgentCatalog(ResourceExecutor executor, AgentDirectories directories) {
        this.executor = executor;
        this.catalog = new io.hactl.executor.AgentCatalog(directories);
        this.installed = new InstalledAgents(directories.ocfRoot(), directories.initDir(), directories.heartbeatDir());
    }

    @Override
    public boolean isInstalled(Primitive primitive) {
        return installed.isInstalled(primitive);
    }

    @Override
    public synchronized Optional<Set<String>> requiredParameters(Primitive primitive) {
        return requiredByAgent.computeIfAbsent(primitive.agent(), agent -> read(primitive));
    }

    private Optional<Set<String>> read(Primitive primitive) {
        if (!installed.isInstalled(primitive)) {
            return Optional.empty();
        }
        Optional<AgentRef> agent = AgentRef.parse(primitive.agent(), new StringBuilder());
        if (agent.isEmpty()) {
            return Optional.empty();
        }
        MetadataRead read = catalog.metadata(executor, agent.get());
        if (read instanceof MetadataRead.Parsed parsed) {
            return Optional.of(parsed.metadata().parameters().stream()
                    .filter(ParameterSpec::required)
                    .map(ParameterSpec::name)
                    .collect(Collectors.toUnmodifiableSet()));
        }
        return Optional.empty();
    }
}
