package io.hactl.cli;

import io.hactl.cib.PacemakerDuration;
import io.hactl.ExitCode;
import io.hactl.executor.ActionSpec;
import io.hactl.executor.AgentCatalog;
import io.hactl.executor.AgentClass;
import io.hactl.executor.AgentMetadata;
import io.hactl.executor.AgentRef;
import io.hactl.executor.MetadataRead;
import io.hactl.executor.OcfRc;
import io.hactl.executor.Operation;
import io.hactl.executor.OperationResult;
import io.hactl.executor.ParameterSpec;
import io.hactl.executor.Primitive;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hactl resource meta AGENT}: the agent's parameters and advice, as {@code crm ra info} shows them. */
@Command(
        name = "meta",
        description = {"Show an agent's parameters (* = required) and its advised operation timeouts.",
            "Example: hactl resource meta ocf:hactl:IPaddr2"},
        mixinStandardHelpOptions = true)
final class ResourceMetaCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    AgentDirectoryOptions directories;

    @Parameters(index = "0", paramLabel = "AGENT", description = "ocf:PROVIDER:TYPE, lsb:NAME or heartbeat:NAME")
    String agentName;

    @Option(names = "--xml", description = "Print the agent's meta-data XML as it gave it.")
    boolean xml;

    @Override
    public Integer call() {
        AgentRef agent = AgentArgument.parse(spec, agentName);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (LocalAgents local = new LocalAgents(directories.directories())) {
            if (xml && agent.agentClass() == AgentClass.OCF) {
                OperationResult result = local.executor.execute(new Primitive(agent.type(), agent, Map.of()),
                        Operation.of("meta-data", Duration.ofSeconds(10))).join();
                out.print(result.output().stdoutText());
                out.flush();
                if (!result.answered(OcfRc.OK)) {
                    err.println("hactl: meta-data of " + agent + ": " + result.outcome());
                }
                return result.answered(OcfRc.OK) ? ExitCode.OK.code() : result.rc().code();
            }
            MetadataRead read = new AgentCatalog(directories.directories()).metadata(local.executor, agent);
            if (read instanceof MetadataRead.Unreadable unreadable) {
                err.println("hactl: " + unreadable.why());
                return OcfRc.NOT_INSTALLED.code();
            }
            print(agent, ((MetadataRead.Parsed) read).metadata(), out);
            return ExitCode.OK.code();
        }
    }

    private static void print(AgentRef agent, AgentMetadata metadata, PrintWriter out) {
        out.println(agent + (metadata.shortdesc().isEmpty() ? "" : " - " + metadata.shortdesc()));
        if (!metadata.longdesc().isEmpty()) {
            out.println();
            Text.wrap(metadata.longdesc(), 78).forEach(line -> out.println("  " + line));
        }
        if (agent.agentClass() != AgentClass.OCF) {
            out.println();
            out.println(agent.agentClass() == AgentClass.LSB
                    ? "LSB init scripts take no parameters; monitor runs 'status'."
                    : "Heartbeat scripts take positional arguments (1, 2, …) before the action;"
                            + " monitor runs 'status'.");
            return;
        }
        out.println();
        out.println("Parameters (* = required):");
        int width = metadata.parameters().stream().mapToInt(p -> p.name().length() + 1).max().orElse(4) + 2;
        for (ParameterSpec parameter : metadata.parameters()) {
            String name = parameter.name() + (parameter.required() ? "*" : "");
            StringBuilder detail = new StringBuilder(parameter.shortdesc()).append(" (").append(parameter.type());
            parameter.defaultValue().filter(d -> !d.isEmpty()).ifPresent(d -> detail.append(", default ").append(d));
            if (parameter.unique()) {
                detail.append(", unique");
            }
            if (parameter.deprecated()) {
                detail.append(", deprecated");
            }
            out.printf("  %-" + width + "s%s)%n", name, detail);
        }
        out.println();
        out.println("Actions (advised timeouts):");
        for (ActionSpec action : metadata.actions()) {
            StringBuilder line = new StringBuilder(String.format("  %-14s", action.name()));
            action.timeout().ifPresent(t -> line.append(" timeout ").append(PacemakerDuration.format(t)));
            if (!action.interval().isZero()) {
                line.append(" interval ").append(PacemakerDuration.format(action.interval()));
            }
            if (action.depth() != 0) {
                line.append(" depth ").append(action.depth());
            }
            if (!action.role().isEmpty()) {
                line.append(" role ").append(action.role());
            }
            out.println(line.toString().stripTrailing());
        }
    }
}
