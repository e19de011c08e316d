package io.hactl.daemon;

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

    static ControlServer open(Path socket, ClusterConfig config, MembershipQuery membership) throws IOException {
        List<String> links = config.haCf().media().stream().map(Medium::device).distinct().toList();
        AccessPolicy policy = new AccessPolicy(config.haCf().apiAuth(), EtcAccounts.system());
        ControlCommands commands = new ControlCommands(policy, List.of(new NodesCommand(membership, links)));
        return ControlServer.listen(socket, commands);
    }
}
