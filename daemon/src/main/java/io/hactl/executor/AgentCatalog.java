package io.hactl.executor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What agents are installed, and what they say about themselves: {@code hactl resource agents} and
 * {@code hactl resource meta}, and the meta-data the resource check needs.
 */
public final class AgentCatalog {
    /** Meta-data only prints text; an agent that needs longer is broken. */
    static final Duration METADATA_TIMEOUT = Duration.ofSeconds(10);

    private final AgentDirectories directories;

    public AgentCatalog(AgentDirectories directories) {
        this.directories = directories;
    }

    /**
     * Installed agents, sorted, optionally narrowed to a class ({@code ocf}) or a class and provider
     * ({@code ocf:hactl}).
     */
    public List<AgentRef> list(AgentClass onlyClass, String onlyProvider) {
        List<AgentRef> agents = new ArrayList<>();
        if (onlyClass == null || onlyClass == AgentClass.OCF) {
            for (Path provider : entries(directories.ocfRoot().resolve("resource.d"))) {
                String name = provider.getFileName().toString();
                if (Files.isDirectory(provider) && (onlyProvider == null || onlyProvider.equals(name))) {
                    executables(provider).forEach(type -> agents.add(safely(AgentClass.OCF, name, type)));
                }
            }
        }
        if (onlyClass == null || onlyClass == AgentClass.LSB) {
            executables(directories.initDir()).forEach(type -> agents.add(safely(AgentClass.LSB, "", type)));
        }
        if (onlyClass == null || onlyClass == AgentClass.HEARTBEAT) {
            executables(directories.heartbeatDir()).forEach(type -> agents.add(safely(AgentClass.HEARTBEAT, "", type)));
        }
        agents.removeIf(Objects::isNull);
        agents.sort(Comparator.comparing(AgentRef::toString));
        return agents;
    }

    /** Runs the agent's {@code meta-data} action through {@code executor}; LSB and Heartbeat scripts have none. */
    public MetadataRead metadata(ResourceExecutor executor, AgentRef agent) {
        if (agent.agentClass() != AgentClass.OCF) {
            String missing = AgentRunner.whyNotInstalled(directories.scriptOf(agent));
            return missing == null ? new MetadataRead.Parsed(AgentMetadata.implied(agent))
                    : new MetadataRead.Unreadable(missing);
        }
        OperationResult result = executor.execute(new Primitive(agent.type(), agent, Map.of()),
                Operation.of("meta-data", METADATA_TIMEOUT)).join();
        if (!result.answered(OcfRc.OK)) {
            return new MetadataRead.Unreadable("meta-data of " + agent + " failed: " + result.outcome());
        }
        return MetadataParser.parse(result.output().stdoutText());
    }

    /**
     * Everything that must be true of a resource before anything starts: its agent is installed and
     * describes itself, and the definition satisfies that description ({@link ResourceCheck}).
     */
    public List<ResourceProblem> check(ResourceExecutor executor, Primitive resource, List<Operation> operations) {
        MetadataRead read = metadata(executor, resource.agent());
        if (read instanceof MetadataRead.Unreadable unreadable) {
            return List.of(ResourceProblem.error(resource.id(), unreadable.why()));
        }
        return ResourceCheck.check(resource, ((MetadataRead.Parsed) read).metadata(), operations);
    }

    private static AgentRef safely(AgentClass agentClass, String provider, String type) {
        try {
            return new AgentRef(agentClass, provider, type);
        } catch (IllegalArgumentException e) {
            return null; // a file whose name we could not address as an agent, e.g. "README~"
        }
    }

    private static List<Path> entries(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(dir)) {
            return listing.sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static List<String> executables(Path dir) {
        return entries(dir).stream()
                .filter(path -> Files.isRegularFile(path) && Files.isExecutable(path))
                .map(path -> path.getFileName().toString())
                .filter(name -> !name.startsWith(".") && !name.endsWith(".sh") && !name.endsWith("~"))
                .toList();
    }
}
