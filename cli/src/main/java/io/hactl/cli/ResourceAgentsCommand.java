package io.hactl.cli;

import io.hactl.ExitCode;
import io.hactl.executor.AgentCatalog;
import io.hactl.executor.AgentClass;
import io.hactl.executor.AgentRef;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hactl resource agents [CLASS[:PROVIDER]]}: what {@code crm ra list} shows. */
@Command(
        name = "agents",
        description = {"List installed resource agents, one per line, as the CIB names them.",
            "Example: hactl resource agents ocf:hactl"},
        mixinStandardHelpOptions = true)
final class ResourceAgentsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    AgentDirectoryOptions directories;

    @Parameters(index = "0", arity = "0..1", paramLabel = "CLASS[:PROVIDER]",
            description = "Only this class (ocf, lsb, heartbeat), or OCF provider (ocf:heartbeat).")
    String filter;

    @Override
    public Integer call() {
        AgentClass onlyClass = null;
        String onlyProvider = null;
        if (filter != null) {
            String[] parts = filter.split(":", -1);
            onlyClass = AgentClass.fromPrefix(parts[0]).orElseThrow(() -> new CommandLine.ParameterException(
                    spec.commandLine(), "unknown agent class '" + parts[0] + "'; expected ocf, lsb or heartbeat"));
            if (parts.length > 2 || (parts.length == 2 && onlyClass != AgentClass.OCF)) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "'" + filter + "': only OCF agents have providers; expected CLASS or ocf:PROVIDER");
            }
            onlyProvider = parts.length == 2 ? parts[1] : null;
        }
        List<AgentRef> agents = new AgentCatalog(directories.directories()).list(onlyClass, onlyProvider);
        agents.forEach(agent -> spec.commandLine().getOut().println(agent));
        return agents.isEmpty() ? ExitCode.NO_SUCH.code() : ExitCode.OK.code();
    }
}
