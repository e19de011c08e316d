package io.hactl.cli;

import picocli.CommandLine.Command;

/** {@code hactl config …}: check and show the configuration in /etc/ha.d. */
@Command(
        name = "config",
        description = "Check and show the cluster configuration.",
        mixinStandardHelpOptions = true,
        subcommands = {ConfigVerifyCommand.class})
final class ConfigCommand extends CommandGroup {}
