package io.hactl.cli;

import picocli.CommandLine.Command;

/** {@code hactl hb_standby}: Heartbeat's hb_standby, for admins and scripts used to it. */
@Command(
        name = "hb_standby",
        mixinStandardHelpOptions = true,
        description = {"Heartbeat's hb_standby: this node gives up resources and the other node takes them over."
                + " This node stays in the cluster and takes them back on hb_takeover, a failure of the other node,"
                + " or per auto_failback.",
            "Unlike 'hactl standby', it does not put the node in standby: new failovers may still bring"
                + " resources here."})
final class HbStandbyCommand extends HandoverCommand {
    HbStandbyCommand() {
        super("hb-standby");
    }
}
