package io.hactl.cli;

import io.hactl.executor.AgentRef;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Turns the AGENT argument into an {@link AgentRef}, or a usage error (exit 2) saying what was expected. */
final class AgentArgument {
    private AgentArgument() {}

    static AgentRef parse(CommandSpec spec, String text) {
        StringBuilder why = new StringBuilder();
        Optional<AgentRef> agent = AgentRef.parse(text, why);
        return agent.orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(), why.toString()));
    }
}
