package io.hactl.cli;

import io.hactl.ExitCode;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code hactl}: the administration tool. Each verb is a subcommand class of its own. */
@Command(
        name = "hactl",
        mixinStandardHelpOptions = true,
        versionProvider = HactlVersion.class,
        description = "Administer a hactl high-availability cluster.",
        subcommands = {
            CommandLine.HelpCommand.class,
            ClStatusCommand.class,
            ConfigCommand.class,
            HbStandbyCommand.class,
            HbTakeoverCommand.class,
            MaintenanceCommand.class,
            NodeCommand.class,
            OnlineCommand.class,
            PropertyCommand.class,
            ResourceCommand.class,
            SimulateCommand.class,
            StandbyCommand.class,
            StatusCommand.class,
        })
public final class Hactl extends CommandGroup {

    /** Builds the command line with hactl's exit-code conventions; tests call this instead of {@link #main}. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Hactl());
        // picocli asks the same mapper for usage errors and for failures inside a command.
        commandLine.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException p
                ? usageError(p)
                : ExitCode.FATAL.code());
        return commandLine;
    }

    /** cl_status's scripts expect its own 11 for a missing or wrong parameter; everything else says 2. */
    private static int usageError(CommandLine.ParameterException e) {
        for (CommandLine c = e.getCommandLine(); c != null; c = c.getParent()) {
            if (c.getCommand() instanceof ClStatusCommand) {
                return ClStatusExit.PARAMETER_ERROR.code();
            }
        }
        return ExitCode.USAGE.code();
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
