package io.hactl.cli;

import io.hactl.ExitCode;
import io.hactl.config.ClusterConfig;
import io.hactl.config.ConfigReport;
import io.hactl.config.LoadOptions;
import io.hactl.daemon.DaemonOptions;
import io.hactl.daemon.HactlDaemon;
import io.hactl.metrics.MetricsAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code hactld}: the cluster daemon. Reads the configuration, joins the cluster, and runs until SIGTERM (or
 * SIGINT), on which it leaves the cluster cleanly so peers record "left", not "dead". SIGHUP re-reads the
 * configuration ({@code systemctl reload hactld}).
 */
@Command(
        name = "hactld",
        mixinStandardHelpOptions = true,
        versionProvider = HactlVersion.class,
        description = {
            "The hactl cluster daemon: joins the cluster described by ha.cf and authkeys, and runs the resources"
                    + " of its CIB (or haresources) with the other nodes.",
            "Normally started by systemd (hactld.service), which it tells when it is ready and pings as a watchdog."
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:stopped by SIGTERM after handing resources over and leaving the cluster", "2:usage error",
            "78:invalid configuration (every problem is printed)", "100:could not start"})
public final class HactldMain implements Callable<Integer> {

    @CommandLine.Mixin
    ConfigLocation location;

    @Option(names = "--metrics", paramLabel = "[ADDRESS:]PORT",
            description = "Serve Prometheus metrics on this port (a bare port binds to 127.0.0.1). Off by default.")
    Optional<String> metrics;

    @Option(names = {"--control-socket", "--socket"}, paramLabel = "PATH",
            description = "Unix socket where hactl reaches this daemon (default: ${DEFAULT-VALUE}; systemd's"
                    + " RuntimeDirectory=hactl creates its directory).")
    Path controlSocket = DaemonOptions.DEFAULT_CONTROL_SOCKET;


    @Option(names = "--bind", paramLabel = "ADDRESS",
            description = "Heartbeat from this IPv4 address (default: with ucast, this node's own address among the"
                    + " ucast lines, else the first address of ha.cf's interface). Needed when several nodes share"
                    + " one machine, e.g. a test cluster on lo with 127.0.0.1, 127.0.0.2, 127.0.0.3.")
    Optional<String> bind;

    @CommandLine.Mixin
    AgentDirectoryOptions agents;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private static java.net.InetAddress ipv4(String text) {
        if (!text.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            throw new IllegalArgumentException("'" + text + "' is not an IPv4 address; expected e.g. 127.0.0.2");
        }
        try {
            return java.net.InetAddress.getByName(text);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException("'" + text + "' is not an IPv4 address; expected e.g. 127.0.0.2", e);
        }
    }

    @Override
    public Integer call() throws InterruptedException {
        Optional<InetSocketAddress> metricsAddress;
        try {
            metricsAddress = metrics.map(MetricsAddress::parse);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--metrics: " + e.getMessage());
        }
        Optional<java.net.InetAddress> heartbeatAddress;
        try {
            heartbeatAddress = bind.map(HactldMain::ipv4);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--bind: " + e.getMessage());
        }
        Path configDir = location.directory;
        LoadOptions options = location.loadOptions();
        ConfigReport<ClusterConfig> report = HactlDaemon.configurationCheck(agents.directories()).run(configDir, options);
        report.warnings().forEach(w -> System.err.println("<4>hactld: warning: " + w));
        if (!report.isValid()) {
            System.err.println("<3>hactld: configuration in " + configDir + " is invalid; not starting:");
            report.errors().forEach(e -> System.err.println("<3>  " + e));
            return ExitCode.CONFIG.code();
        }
        try {
            java.nio.file.Files.createDirectories(location.stateDir);
        } catch (java.io.IOException e) {
            System.err.println("<3>hactld: cannot create the state directory " + location.stateDir + ": "
                    + e.getMessage());
            return ExitCode.FATAL.code();
        }
        DaemonOptions daemonOptions = new DaemonOptions(configDir, options, metricsAddress, System.getenv(),
                Optional.of(controlSocket), Optional.of(location.stateDir), agents.directories(), heartbeatAddress);
        // Signals are handled before joining: a SIGTERM during start-up waits for the join to finish, then leaves
        // cleanly, so peers never record a node its admin stopped as dead (the JVM's default would exit at once).
        AtomicReference<HactlDaemon> running = new AtomicReference<>();
        CountDownLatch startDone = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        DaemonSignals.install(() -> {
            awaitUninterruptibly(startDone);
            HactlDaemon daemon = running.get();
            if (daemon != null) {
                daemon.stop();
            }
            stopped.countDown();
        }, () -> {
            HactlDaemon daemon = running.get();
            if (daemon != null) {
                daemon.reload();
            }
        });
        try {
            running.set(HactlDaemon.start(report.get(), daemonOptions, Clock.systemUTC()));
        } catch (HactlDaemon.StartFailure e) {
            System.err.println("<3>hactld: " + e.getMessage());
            return e.isConfiguration() ? ExitCode.CONFIG.code() : ExitCode.FATAL.code();
        } finally {
            startDone.countDown();
        }
        stopped.await();
        return ExitCode.OK.code();
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    public static void main(String[] args) {
        CommandLine commandLine = new CommandLine(new HactldMain());
        commandLine.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException
                ? ExitCode.USAGE.code()
                : ExitCode.FATAL.code());
        // Exit explicitly: the messaging library's threads would otherwise keep the JVM alive after a stop.
        System.exit(commandLine.execute(args));
    }
}
