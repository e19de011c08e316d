package io.hactl.executor;

import io.hactl.cib.PacemakerDuration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a resource definition against its agent's meta-data before anything runs: a missing required
 * parameter or an unknown one refuses the resource (Pacemaker would only find out when the agent fails,
 * on every node in turn); a timeout below the agent's advice is a warning (the seed's own mistake).
 * Also fills in the agent's advised timeouts where the admin gave none.
 */
public final class ResourceCheck {
    private static final Set<String> BOOLEANS = Set.of("true", "false", "yes", "no", "on", "off", "1", "0", "y", "n");
    /**
     * Read by resource-agents' ocf-shellfuncs, not declared in any agent's meta-data: Pacemaker's
     * {@code trace_ra} switch and where the trace goes.
     */
    public static final Set<String> TRACING_PARAMETERS = Set.of("trace_ra", "trace_file", "trace_dir");

    private ResourceCheck() {}

    /**
     * @param operations the resource's configured operations, timeouts already defaulted
     */
    public static List<ResourceProblem> check(Primitive resource, AgentMetadata metadata, List<Operation> operations) {
        List<ResourceProblem> problems = new ArrayList<>();
        String id = resource.id();
        switch (resource.agent().agentClass()) {
            case LSB -> {
                if (!resource.params().isEmpty()) {
                    problems.add(ResourceProblem.error(id, "LSB init scripts take no parameters, but "
                            + resource.params().keySet() + " were given"));
                }
            }
            case HEARTBEAT -> resource.params().keySet().stream().filter(key -> !key.matches("[1-9][0-9]*"))
                    .forEach(key -> problems.add(ResourceProblem.error(id, "heartbeat scripts take positional"
                            + " arguments (1, 2, …), not '" + key + "'")));
            case OCF -> checkParameters(resource, metadata, problems);
        }
        for (Operation operation : operations) {
            metadata.advisedTimeout(operation.action(), operation.interval(), operation.checkLevel())
                    .filter(advice -> operation.timeout().compareTo(advice) < 0)
                    .ifPresent(advice -> problems.add(ResourceProblem.warning(id, operation.action()
                            + (operation.isRecurring()
                                    ? " (interval " + PacemakerDuration.format(operation.interval()) + ")" : "")
                            + " timeout " + PacemakerDuration.format(operation.timeout())
                            + " is below the " + PacemakerDuration.format(advice) + " that " + resource.agent()
                            + " advises; the operation may time out and count as a failure")));
        }
        return problems;
    }

    private static void checkParameters(Primitive resource, AgentMetadata metadata, List<ResourceProblem> problems) {
        String id = resource.id();
        Map<String, String> params = resource.params();
        for (ParameterSpec spec : metadata.parameters()) {
            if (spec.required() && !params.containsKey(spec.name())) {
                String what = spec.shortdesc().isEmpty() ? "" : " (" + spec.shortdesc() + ")";
                problems.add(ResourceProblem.error(id, "required parameter '" + spec.name() + "' of "
                        + resource.agent() + " is missing" + what));
            }
        }
        params.forEach((name, value) -> {
            Optional<ParameterSpec> spec = metadata.parameter(name);
            if (TRACING_PARAMETERS.contains(name)) {
                return;
            }
            if (spec.isEmpty()) {
                problems.add(ResourceProblem.error(id, "unknown parameter '" + name + "': " + resource.agent()
                        + " has " + metadata.parameters().stream().map(ParameterSpec::name).toList()));
                return;
            }
            if (spec.get().deprecated()) {
                problems.add(ResourceProblem.warning(id, "parameter '" + name + "' is deprecated by "
                        + resource.agent()));
            }
            String type = spec.get().type();
            if ("integer".equals(type) && !value.strip().matches("[+-]?[0-9]+")) {
                problems.add(ResourceProblem.error(id, "parameter '" + name + "' must be an integer, got '"
                        + value + "'"));
            } else if ("boolean".equals(type) && !BOOLEANS.contains(value.strip().toLowerCase(Locale.ROOT))) {
                problems.add(ResourceProblem.error(id, "parameter '" + name + "' must be a boolean (true/false),"
                        + " got '" + value + "'"));
            } else if ("time".equals(type) && PacemakerDuration.parse(value).isEmpty()) {
                problems.add(ResourceProblem.error(id, "parameter '" + name + "' must be a time such as 10s, got '"
                        + value + "'"));
            }
        });
    }

    /** The timeout to use when the admin gave none: the agent's advice, else Pacemaker's 20 s. */
    public static Duration defaultTimeout(AgentMetadata metadata, String action, Duration interval, int checkLevel) {
        return metadata.advisedTimeout(action, interval, checkLevel).orElse(Operation.DEFAULT_TIMEOUT);
    }

    /** The operation with the agent's advised timeout when {@code timeout} is empty. */
    public static Operation withDefaultTimeout(AgentMetadata metadata, String action, Optional<Duration> timeout,
            Duration interval, Duration startDelay, int checkLevel) {
        return new Operation(action, timeout.orElseGet(() -> defaultTimeout(metadata, action, interval, checkLevel)),
                interval, startDelay, checkLevel);
    }
}
