package io.hactl.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code hactl standby [NODE]}: {@code hactl node standby}, under the name crmsh users type. */
@Command(name = "standby", mixinStandardHelpOptions = true,
        description = {NodeCommand.STANDBY, "Short for: hactl node standby [NODE]."})
final class StandbyCommand implements Callable<Integer> {
    @Mixin
    DaemonCall daemon;

    @Parameters(paramLabel = "NODE", arity = "0..1", description = NodeCommand.NODE)
    String node;

    @Override
    public Integer call() {
        return daemon.run("node-standby", DaemonCall.args("node", node));
    }
}
