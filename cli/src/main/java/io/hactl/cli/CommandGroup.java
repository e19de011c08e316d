package io.hactl.cli;

import io.hactl.ExitCode;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/**
 * A command that only groups subcommands ({@code hactl}, {@code hactl config} …): run alone it is a usage error,
 * answered with the list of its subcommands.
 */
abstract class CommandGroup implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine commandLine = spec.commandLine();
        commandLine.getErr().println(spec.qualifiedName() + ": a subcommand is required");
        commandLine.usage(commandLine.getErr());
        return ExitCode.USAGE.code();
    }
}
