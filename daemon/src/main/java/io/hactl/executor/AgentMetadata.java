package io.hactl.executor;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * An agent's self-description (its {@code meta-data} action), as much of it as hactl uses: what the
 * parameters are and what the agent advises for each action.
 *
 * @param version the agent's own version ({@code <resource-agent version>}), or empty
 * @param ocfVersion the OCF API version it claims ({@code <version>})
 */
public record AgentMetadata(String name, String version, String ocfVersion, String shortdesc, String longdesc,
        List<ParameterSpec> parameters, List<ActionSpec> actions) {

    public AgentMetadata {
        parameters = List.copyOf(parameters);
        actions = List.copyOf(actions);
    }

    /** What an LSB or Heartbeat script "declares": no parameters we can check, the actions every script has. */
    public static AgentMetadata implied(AgentRef agent) {
        return new AgentMetadata(agent.type(), "", "", agent + " (" + agent.agentClass().prefix() + " script)", "",
                List.of(), List.of());
    }

    public Optional<ParameterSpec> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /**
     * The agent's advised timeout for an action. For monitor, an entry with the same interval wins, then
     * one with the same depth, then any monitor entry; Pacemaker matches the same way.
     */
    public Optional<Duration> advisedTimeout(String action, Duration interval, int depth) {
        List<ActionSpec> named = actions.stream().filter(a -> a.name().equals(action) && a.timeout().isPresent())
                .toList();
        return named.stream().filter(a -> a.interval().equals(interval)).findFirst()
                .or(() -> named.stream().filter(a -> a.depth() == depth).findFirst())
                .or(() -> named.stream().findFirst())
                .flatMap(ActionSpec::timeout);
    }

    public boolean supports(String action) {
        return actions.stream().anyMatch(a -> a.name().equals(action));
    }
}
