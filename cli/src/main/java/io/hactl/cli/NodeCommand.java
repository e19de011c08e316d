package io.hactl.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code hactl node standby|online [NODE]}: take a node out of service and back, as crm node standby/online. */
@Command(
        name = "node",
        description = "Put a node in standby or bring it back online.",
        mixinStandardHelpOptions = true)
final class NodeCommand extends CommandGroup {
    static final String STANDBY = "Put NODE (default: this node) in standby: its resources stop there and start"
            + " elsewhere, and nothing starts on it until it is online again. The node stays a cluster member.";
    static final String ONLINE = "Bring NODE (default: this node) back from standby: it may run resources again;"
            + " those that moved away return only where resource-stickiness lets them.";
    static final String NODE = "The node, as named in ha.cf (default: the node this hactld runs on).";

    @Command(name = "standby", description = STANDBY, mixinStandardHelpOptions = true)
    int standby(@Mixin DaemonCall daemon,
            @Parameters(paramLabel = "NODE", arity = "0..1", description = NODE) String node) {
        return daemon.run("node-standby", DaemonCall.args("node", node));
    }

    @Command(name = "online", description = ONLINE, mixinStandardHelpOptions = true)
    int online(@Mixin DaemonCall daemon,
            @Parameters(paramLabel = "NODE", arity = "0..1", description = NODE) String node) {
        return daemon.run("node-online", DaemonCall.args("node", node));
    }
}
