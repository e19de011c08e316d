package io.hactl.cli;

import io.hactl.cib.PacemakerDuration;
import io.hactl.ExitCode;
import io.hactl.executor.AgentCatalog;
import io.hactl.executor.AgentInvocation;
import io.hactl.executor.AgentClass;
import io.hactl.executor.AgentMetadata;
import io.hactl.executor.AgentRef;
import io.hactl.executor.ExecStatus;
import io.hactl.executor.MetadataRead;
import io.hactl.executor.Operation;
import io.hactl.executor.OperationResult;
import io.hactl.executor.Primitive;
import io.hactl.executor.ResourceCheck;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hactl resource exec AGENT ACTION [name=value …]}: one operation, here and now, without the daemon,
 * through the same executor the daemon uses (own process group, timeout, OCF environment). What
 * {@code crm_resource --force-start} and {@code ocf-tester} give admins testing their own scripts.
 */
@Command(
        name = "exec",
        description = {"Run one agent action on this node, without the daemon, and exit with the agent's rc.",
            "Prints 'ACTION AGENT: rc=N (meaning) in X ms', then the agent's output.",
            "Example: hactl resource exec ocf:hactl:IPaddr2 start ip=150.214.153.235 cidr_netmask=24"},
        mixinStandardHelpOptions = true,
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {
            "0-9,190,191:the agent's OCF rc (LSB and heartbeat answers mapped to OCF)",
            "2:also a usage error (hactl says so on stderr)",
            "124:the agent did not finish within --timeout; its process group was killed"})
final class ResourceExecCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    AgentDirectoryOptions directories;

    @Parameters(index = "0", paramLabel = "AGENT", description = "ocf:PROVIDER:TYPE, lsb:NAME or heartbeat:NAME")
    String agentName;

    @Parameters(index = "1", paramLabel = "ACTION", description = "start, stop, monitor, validate-all, meta-data, …")
    String action;

    @Parameters(index = "2..*", paramLabel = "NAME=VALUE",
            description = "Instance parameters (OCF_RESKEY_NAME); for heartbeat scripts 1=ARG 2=ARG …")
    List<String> parameters = List.of();

    @Option(names = "--timeout", paramLabel = "TIME",
            description = "Kill the agent after TIME (20s, 500ms, 2min). Default: the agent's advice, else 20s.")
    String timeout;

    @Option(names = "--interval", paramLabel = "TIME", defaultValue = "0",
            description = "OCF_RESKEY_CRM_meta_interval; 0 makes monitor a probe (default: ${DEFAULT-VALUE}).")
    String interval;

    @Option(names = "--check-level", paramLabel = "N", defaultValue = "0",
            description = "OCF_CHECK_LEVEL: 0, 10 or 20 (default: ${DEFAULT-VALUE}).")
    int checkLevel;

    @Option(names = "--trace",
            description = "Trace the agent's shell (trace_ra=1); agents using ocf-shellfuncs write the trace"
                    + " under /var/lib/heartbeat/trace_ra/TYPE/.")
    boolean trace;

    @Option(names = "--resource", paramLabel = "NAME",
            description = "OCF_RESOURCE_INSTANCE (default: the agent's type).")
    String resourceName;

    @Override
    public Integer call() {
        AgentRef agent = AgentArgument.parse(spec, agentName);
        Map<String, String> params = parseParameters();
        if (trace) {
            params.put("trace_ra", "1");
        }
        Duration intervalTime = time("--interval", interval);
        Optional<Duration> timeoutTime = Optional.ofNullable(timeout).map(t -> time("--timeout", t));
        if (timeoutTime.filter(t -> t.isZero()).isPresent()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--timeout must be more than 0");
        }
        Primitive resource = new Primitive(resourceName != null ? resourceName : agent.type(), agent, params);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (LocalAgents local = new LocalAgents(directories.directories())) {
            AgentMetadata metadata = metadataFor(local, agent);
            Operation operation = ResourceCheck.withDefaultTimeout(metadata, action, timeoutTime, intervalTime,
                    Duration.ZERO, checkLevel);
            if (!action.equals("meta-data")) {
                // A testing tool runs anyway: the admin may be testing exactly how the agent handles bad input.
                ResourceCheck.check(resource, metadata, List.of(operation))
                        .forEach(problem -> err.println("hactl: " + problem));
            }
            OperationResult result = local.executor.execute(resource, operation).join();
            report(result, out, err);
            if (trace) {
                out.println("trace: /var/lib/heartbeat/trace_ra/" + agent.type() + "/" + resource.id() + "."
                        + operation.action() + ".* (written by agents that use ocf-shellfuncs)");
            }
            return result.status() == ExecStatus.TIMEOUT ? ExitCode.TIMEOUT.code() : result.rc().code();
        }
    }

    private AgentMetadata metadataFor(LocalAgents local, AgentRef agent) {
        if (agent.agentClass() != AgentClass.OCF || action.equals("meta-data")) {
            return AgentMetadata.implied(agent);
        }
        MetadataRead read = new AgentCatalog(directories.directories()).metadata(local.executor, agent);
        return read instanceof MetadataRead.Parsed parsed ? parsed.metadata() : AgentMetadata.implied(agent);
    }

    private void report(OperationResult result, PrintWriter out, PrintWriter err) {
        String answer = switch (result.status()) {
            case DONE -> "rc=" + result.rc().describe();
            case TIMEOUT -> "TIMEOUT";
            case NOT_INSTALLED -> "rc=" + result.rc().describe();
            default -> result.status() + " rc=" + result.rc().describe();
        };
        out.printf("%s %s: %s in %d ms%n", result.action(), result.agent(), answer, result.ran().toMillis());
        if (!result.detail().isEmpty()) {
            out.println(result.detail());
        }
        if (!result.exitReason().isEmpty()) {
            out.println("exit-reason: " + result.exitReason());
        }
        if (result.output().droppedLines() > 0) {
            out.println("[" + result.output().droppedLines() + " earlier lines of output not kept]");
        }
        result.output().stdout().forEach(out::println);
        // The exit reason is already shown above; the raw "ocf-exit-reason:" lines would only repeat it.
        result.output().stderr().stream()
                .filter(line -> !line.startsWith(AgentInvocation.EXIT_REASON_PREFIX))
                .forEach(err::println);
        out.flush();
        err.flush();
    }

    private Map<String, String> parseParameters() {
        Map<String, String> params = new LinkedHashMap<>();
        for (String parameter : parameters) {
            int equals = parameter.indexOf('=');
            if (equals < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "'" + parameter + "': parameters are written NAME=VALUE, e.g. ip=150.214.153.235");
            }
            params.put(parameter.substring(0, equals), parameter.substring(equals + 1));
        }
        return params;
    }

    private Duration time(String option, String text) {
        return PacemakerDuration.parse(text).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                option + " '" + text + "' is not a time; expected e.g. 20s, 500ms, 2min"));
    }
}
