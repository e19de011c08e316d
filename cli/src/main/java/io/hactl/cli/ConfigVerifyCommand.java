package io.hactl.cli;

import io.hactl.ExitCode;
import io.hactl.config.ClusterConfig;
import io.hactl.daemon.ConfigurationCheck;
import io.hactl.daemon.MetadataAgentCatalog;
import io.hactl.executor.AgentDirectories;
import io.hactl.config.ConfigProblem;
import io.hactl.config.ConfigReport;
import io.hactl.config.LoadOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code hactl config verify}: reads the configuration directory as hactld would at start-up and either
 * summarises the effective configuration (exit 0) or lists every problem found (exit 1).
 */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = {
            "Check ha.cf, authkeys and haresources (and cib.xml with crm yes) as hactld would read them.",
            "Prints a summary of the effective configuration and any warnings when valid (exit 0),",
            "or every error with its file and line (exit 1)."
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:valid (warnings may be printed)", "1:invalid: every error is listed", "2:usage error"})
final class ConfigVerifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigLocation location;

    @Option(names = "--cib", paramLabel = "FILE",
            description = "CIB to check with crm yes (default: DIR/cib.xml if present, else /var/lib/hactl/cib.xml).")
    Optional<Path> cibFile;

    @Override
    public Integer call() {
        Path directory = location.directory;
        LoadOptions options = location.loadOptions();
        if (cibFile.isPresent()) {
            options = options.withCibFile(cibFile.get());
        }
        ConfigReport<ClusterConfig> report;
        try (LocalAgents agents = new LocalAgents(AgentDirectories.standard())) {
            report = new ConfigurationCheck(new MetadataAgentCatalog(agents.executor, AgentDirectories.standard()))
                    .run(directory, options);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!report.isValid()) {
            err.println("Configuration in " + directory + " is invalid: " + count(report.errors().size(), "error")
                    + (report.warnings().isEmpty() ? "" : ", " + count(report.warnings().size(), "warning")) + ".");
            report.errors().forEach(problem -> err.println("  " + problem));
            report.warnings().forEach(problem -> err.println("  " + problem));
            err.flush();
            return ExitCode.ERROR.code();
        }
        out.print(new ConfigSummary(report.get()).render());
        if (!report.warnings().isEmpty()) {
            out.println();
            out.println("Warnings:");
            for (ConfigProblem warning : report.warnings()) {
                out.println("  " + warning);
            }
        }
        out.flush();
        return ExitCode.OK.code();
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
