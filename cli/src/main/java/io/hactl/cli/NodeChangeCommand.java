package io.hactl.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** The short forms {@code hactl standby|online [NODE]}: one daemon change about one node. */
abstract class NodeChangeCommand implements Callable<Integer> {
    private final String change;

    @Mixin
    DaemonCall daemon;

    @Parameters(paramLabel = "NODE", arity = "0..1", description = NodeCommand.NODE)
    String node;

    NodeChangeCommand(String change) {
        this.change = change;
    }

    @Override
    public Integer call() {
        return daemon.run(change, DaemonCall.args("node", node));
    }
}
