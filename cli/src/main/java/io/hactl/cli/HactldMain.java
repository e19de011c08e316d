package io.hactl.cli;

import io.hactl.ExitCode;
import io.hactl.config.ClusterConfig;
import io.hactl.config.ClusterConfigLoader;
import io.hactl.config.ConfigReport;
import io.hactl.config.LoadOptions;
import io.hactl.control.SystemdNotifier;
import io.hactl.control.UnixSyslogSink;
import io.hactl.daemon.HactlDaemon;
import io.hactl.config.LogSettings;
import io.hactl.lifecycle.ServiceNotifier;
import io.hactl.logging.LogbackSetup;
import io.hactl.logging.SyslogSink;
import io.hactl.membership.ClusterView;
import io.hactl.membership.MembershipQuery;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code hactld}: the cluster daemon. Reads the configuration, joins the cluster, and runs until SIGTERM (or
 * SIGINT), on which it leaves the cluster cleanly so peers record "left", not "dead".
 */
@Command(
        name = "hactld",
        mixinStandardHelpOptions = true,
        versionProvider = HactlVersion.class,
        description = "The hactl cluster daemon: joins the cluster described by ha.cf and authkeys.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:stopped by SIGTERM after leaving the cluster", "2:usage error",
            "78:invalid configuration (every problem is printed)", "100:could not start"})
public final class HactldMain implements Callable<Integer> {

    @Option(names = "--config-dir", paramLabel = "DIR", defaultValue = "/etc/ha.d",
            description = "Configuration directory with ha.cf and authkeys (default: ${DEFAULT-VALUE}).")
    Path configDir;

    @Option(names = "--node-name", paramLabel = "NAME", description = "This node's name (default: uname -n).")
    Optional<String> nodeName;

    @Override
    public Integer call() throws InterruptedException {
        LogbackSetup.applyDefaults();
        LoadOptions options = LoadOptions.defaults();
        if (nodeName.isPresent()) {
            options = options.withNodeName(nodeName.get());
        }
        ConfigReport<ClusterConfig> report = ClusterConfigLoader.load(configDir, options);
        report.warnings().forEach(w -> System.err.println("hactld: warning: " + w));
        if (!report.isValid()) {
            System.err.println("hactld: configuration in " + configDir + " is invalid; not starting:");
            report.errors().forEach(e -> System.err.println("  " + e));
            return ExitCode.CONFIG.code();
        }
        ClusterConfig config = report.get();
        configureLogging(config.haCf().logging(), config.localNode());
        ServiceNotifier systemd = SystemdNotifier.fromEnvironment(System.getenv());
        // The hook is in place before joining: a SIGTERM that arrives during start-up waits for the join to
        // finish, then leaves cleanly, so peers never record a node stopped by its admin as dead.
        java.util.concurrent.atomic.AtomicReference<HactlDaemon> running = new java.util.concurrent.atomic.AtomicReference<>();
        CountDownLatch startDone = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                startDone.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            HactlDaemon daemon = running.get();
            if (daemon != null) {
                systemd.stopping();
                daemon.stop();
            }
            stopped.countDown();
        }, "hactld-shutdown"));
        HactlDaemon daemon;
        try {
            daemon = HactlDaemon.start(config, Clock.systemUTC());
            running.set(daemon);
        } catch (HactlDaemon.StartFailure e) {
            System.err.println("hactld: " + e.getMessage());
            return e.isConfiguration() ? ExitCode.CONFIG.code() : ExitCode.FATAL.code();
        } finally {
            startDone.countDown();
        }
        MembershipQuery membership = daemon.membership();
        systemd.ready(summary(membership.view()));
        // Called on the membership thread; sending one datagram to systemd does not hold it up.
        daemon.addListener(event -> systemd.status(summary(event.view())));
        stopped.await();
        return ExitCode.OK.code();
    }

    private static String summary(ClusterView view) {
        return "DC=" + view.dc() + ", " + view.members().size() + " nodes: " + String.join(" ", view.members());
    }

    /** ha.cf's logfile, debugfile, logfacility and debug; stderr for journald when none is set. */
    private static void configureLogging(LogSettings settings, String node) {
        Optional<SyslogSink> syslog = LogbackSetup.syslogFacility(settings).flatMap(facility -> {
            try {
                return Optional.of(UnixSyslogSink.open(UnixSyslogSink.DEV_LOG));
            } catch (IOException e) {
                System.err.println("hactld: warning: logfacility " + facility + " asked for syslog, but " + e.getMessage()
                        + "; logging to stderr");
                return Optional.empty();
            }
        });
        LogbackSetup.apply(settings, node, syslog);
    }

    public static void main(String[] args) {
        CommandLine commandLine = new CommandLine(new HactldMain());
        commandLine.setExitCodeExceptionMapper(e -> ExitCode.FATAL.code());
        int code = commandLine.execute(args);
        if (code != ExitCode.OK.code()) {
            System.exit(code);
        }
    }
}
