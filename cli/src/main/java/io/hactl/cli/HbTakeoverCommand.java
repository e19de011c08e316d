package io.hactl.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code hactl hb_takeover}: Heartbeat's hb_takeover, for admins and scripts used to it. */
@Command(
        name = "hb_takeover",
        mixinStandardHelpOptions = true,
        description = {"Heartbeat's hb_takeover: this node takes over resources from the other node, which stops"
                + " them first. The reverse of hb_standby on the other node."})
final class HbTakeoverCommand implements Callable<Integer> {
    @Mixin
    DaemonCall daemon;

    @Parameters(paramLabel = "all|foreign|local", arity = "0..1", description = HeartbeatHandover.DESCRIPTION)
    HeartbeatHandover which = HeartbeatHandover.all;

    @Override
    public Integer call() {
        return daemon.run("hb-takeover", DaemonCall.args("which", which.name()));
    }
}
