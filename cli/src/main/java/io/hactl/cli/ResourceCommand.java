package io.hactl.cli;

import picocli.CommandLine.Command;

/** {@code hactl resource …}: resource agents, run by hand or described; cluster-wide verbs join later. */
@Command(
        name = "resource",
        description = "Run and inspect resource agents (OCF, LSB, heartbeat).",
        mixinStandardHelpOptions = true,
        subcommands = {ResourceExecCommand.class, ResourceAgentsCommand.class, ResourceMetaCommand.class})
final class ResourceCommand extends CommandGroup {}
