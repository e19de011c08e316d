package io.hactl.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code hactl online [NODE]}: {@code hactl node online}, under the name crmsh users type. */
@Command(name = "online", mixinStandardHelpOptions = true,
        description = {NodeCommand.ONLINE, "Short for: hactl node online [NODE]."})
final class OnlineCommand implements Callable<Integer> {
    @Mixin
    DaemonCall daemon;

    @Parameters(paramLabel = "NODE", arity = "0..1", description = NodeCommand.NODE)
    String node;

    @Override
    public Integer call() {
        return daemon.run("node-online", DaemonCall.args("node", node));
    }
}
