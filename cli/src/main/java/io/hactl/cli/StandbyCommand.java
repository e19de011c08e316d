package io.hactl.cli;

import picocli.CommandLine.Command;

/** {@code hactl standby [NODE]}: {@code hactl node standby}, under the name crmsh users type. */
@Command(name = "standby", mixinStandardHelpOptions = true,
        description = {NodeCommand.STANDBY, "Short for: hactl node standby [NODE]."})
final class StandbyCommand extends NodeChangeCommand {
    StandbyCommand() {
        super("node-standby");
    }
}
