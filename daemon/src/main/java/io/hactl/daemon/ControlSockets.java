package io.hactl.daemon;

import io.hactl.control.ClusterChangeCommand;
import io.hactl.control.ClusterStatusCommand;
import io.hactl.control.ControlCommand;
import io.hactl.controller.Controller;
import io.hactl.config.ClusterConfig;
import io.hactl.config.Medium;
import io.hactl.control.AccessPolicy;
import io.hactl.control.ControlCommands;
import io.hactl.control.ControlServer;
import io.hactl.control.EtcAccounts;
import io.hactl.control.NodesCommand;
import io.hactl.membership.MembershipQuery;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The control socket's commands, wired from the daemon's parts. New commands are registered here. */
final class ControlSockets {
    private ControlSockets() {
    }

    static ControlServer open(Path socket, ClusterConfig config, MembershipQuery membership, Controller controller,
            io.hactl.cib.verify.AgentCatalog agents) throws IOException {
        List<String> links = config.haCf().media().stream().map(Medium::device).distinct().toList();
        AccessPolicy policy = new AccessPolicy(config.haCf().apiAuth(), EtcAccounts.system());
        List<ControlCommand> all = new java.util.ArrayList<>();
        all.add(new NodesCommand(membership, links));
        all.add(new ClusterStatusCommand(controller, membership, java.time.Clock.systemUTC()));
        ClusterChangeCommand.CHANGES.forEach(change -> all.add(new ClusterChangeCommand(change, controller)));
        all.addAll(io.hactl.control.LocalCibCommands.all(controller, agents, java.time.Clock.systemUTC()));
        ControlCommands commands = new ControlCommands(policy, all);
        return ControlServer.listen(socket, commands);
    }
}
