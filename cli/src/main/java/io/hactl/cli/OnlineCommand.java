package io.hactl.cli;

import picocli.CommandLine.Command;

/** {@code hactl online [NODE]}: {@code hactl node online}, under the name crmsh users type. */
@Command(name = "online", mixinStandardHelpOptions = true,
        description = {NodeCommand.ONLINE, "Short for: hactl node online [NODE]."})
final class OnlineCommand extends NodeChangeCommand {
    OnlineCommand() {
        super("node-online");
    }
}
