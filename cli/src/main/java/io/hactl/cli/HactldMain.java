package io.hactl.cli;

import io.hactl.ExitCode;
import io.hactl.config.ClusterConfig;
import io.hactl.config.ClusterConfigLoader;
import io.hactl.config.ConfigReport;
import io.hactl.config.LoadOptions;
import io.hactl.daemon.HactlDaemon;
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
        HactlDaemon daemon;
        try {
            daemon = HactlDaemon.start(report.get(), Clock.systemUTC());
        } catch (HactlDaemon.StartFailure e) {
            System.err.println("hactld: " + e.getMessage());
            return e.isConfiguration() ? ExitCode.CONFIG.code() : ExitCode.FATAL.code();
        }
        CountDownLatch stopped = new CountDownLatch(1);
        // SIGTERM and SIGINT run shutdown hooks; the JVM exits only after this one has left the cluster.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            daemon.stop();
            stopped.countDown();
        }, "hactld-shutdown"));
        stopped.await();
        return ExitCode.OK.code();
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
