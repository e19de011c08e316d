package io.hactl.cli;

import sun.misc.Signal;

/**
 * hactld's signals: SIGTERM and SIGINT stop it cleanly (leave the cluster, then exit 0, which systemd records as
 * a clean stop; the JVM's own handler would exit 143), SIGHUP reloads the configuration, as
 * {@code ExecReload=/bin/kill -HUP $MAINPID} in hactld.service sends it. The JDK has no supported signal API;
 * {@code sun.misc.Signal} (module jdk.unsupported) is what JVM daemons use.
 */
final class DaemonSignals {
    private DaemonSignals() {}

    /** Handlers run on a JVM thread of their own, never on the daemon's threads. */
    static void install(Runnable stop, Runnable reload) {
        Signal.handle(new Signal("TERM"), signal -> stop.run());
        Signal.handle(new Signal("INT"), signal -> stop.run());
        Signal.handle(new Signal("HUP"), signal -> reload.run());
    }
}
