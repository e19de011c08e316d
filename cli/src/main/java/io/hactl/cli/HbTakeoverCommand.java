package io.hactl.cli;

import picocli.CommandLine.Command;

/** {@code hactl hb_takeover}: Heartbeat's hb_takeover, for admins and scripts used to it. */
@Command(
        name = "hb_takeover",
        mixinStandardHelpOptions = true,
        description = {"Heartbeat's hb_takeover: this node takes over resources from the other node, which stops"
                + " them first. The reverse of hb_standby on the other node."})
final class HbTakeoverCommand extends HandoverCommand {
    HbTakeoverCommand() {
        super("hb-takeover");
    }
}
