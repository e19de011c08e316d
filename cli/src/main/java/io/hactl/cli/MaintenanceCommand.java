package io.hactl.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code hactl maintenance on|off}: the cluster's maintenance-mode, as crm maintenance / pcs property. */
@Command(
        name = "maintenance",
        mixinStandardHelpOptions = true,
        description = {"Switch the whole cluster's maintenance mode (the maintenance-mode property).",
            "on: hactl stops managing resources: it neither starts, stops nor recovers them, so services can be"
                + " stopped, upgraded or moved by hand while hactld keeps running; off: management resumes and"
                + " the cluster probes every resource to learn what changed meanwhile."})
final class MaintenanceCommand implements Callable<Integer> {
    enum Switch { on, off }

    @Mixin
    DaemonCall daemon;

    @Parameters(paramLabel = "on|off", description = "Whether the cluster is in maintenance mode.")
    Switch mode;

    @Override
    public Integer call() {
        return daemon.run("maintenance", DaemonCall.args("on", mode == Switch.on));
    }
}
