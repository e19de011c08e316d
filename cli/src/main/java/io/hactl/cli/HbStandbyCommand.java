package io.hactl.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code hactl hb_standby}: Heartbeat's hb_standby, for admins and scripts used to it. */
@Command(
        name = "hb_standby",
        mixinStandardHelpOptions = true,
        description = {"Heartbeat's hb_standby: this node gives up resources and the other node takes them over."
                + " This node stays in the cluster and takes them back on hb_takeover, a failure of the other node,"
                + " or per auto_failback.",
            "Unlike 'hactl standby', it does not put the node in standby: new failovers may still bring"
                + " resources here."})
final class HbStandbyCommand implements Callable<Integer> {
    @Mixin
    DaemonCall daemon;

    @Parameters(paramLabel = "all|foreign|local", arity = "0..1", description = HeartbeatHandover.DESCRIPTION)
    HeartbeatHandover which = HeartbeatHandover.all;

    @Override
    public Integer call() {
        return daemon.run("hb-standby", DaemonCall.args("which", which.name()));
    }
}
