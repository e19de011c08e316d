package io.hactl.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** Heartbeat's {@code hb_standby} and {@code hb_takeover}: one daemon change about a kind of resources. */
abstract class HandoverCommand implements Callable<Integer> {
    private final String change;

    @Mixin
    DaemonCall daemon;

    @Parameters(paramLabel = "all|foreign|local", arity = "0..1", description = HeartbeatHandover.DESCRIPTION)
    HeartbeatHandover which = HeartbeatHandover.all;

    HandoverCommand(String change) {
        this.change = change;
    }

    @Override
    public Integer call() {
        return daemon.run(change, DaemonCall.args("which", which.name()));
    }
}
