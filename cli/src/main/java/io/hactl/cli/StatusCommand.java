package io.hactl.cli;

import io.hactl.ExitCode;
import io.hactl.json.JsonWriter;
import io.hactl.status.StatusJson;
import io.hactl.status.StatusModel;
import io.hactl.status.StatusModelBuilder;
import io.hactl.status.StatusText;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hactl status}: the running cluster as hactld sees it, once or refreshed ({@code --watch}), or a saved CIB
 * ({@code --cib FILE}) without a daemon. Offline there is no DC and no membership, so the DC reads NONE and quorum
 * is the CIB's own {@code have-quorum} flag.
 */
@Command(
        name = "status",
        description = {"Show nodes, resources, fail counts and failed actions, like crm_mon -1 -r -f: of the"
                + " running cluster, as the local hactld sees it, or with --cib of a saved CIB file, offline.",
            "--watch refreshes the screen every --interval seconds until Ctrl-C, like crm_mon; while hactld"
                + " cannot be reached the screen says so and hactl keeps trying."},
        mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:the status was shown",
            "1:--cib: the CIB is invalid (messages on stderr); else hactld failed to answer",
            "2:usage error (e.g. --cib with --watch)",
            DaemonCall.EXIT_TOO_OLD, DaemonCall.EXIT_DENIED, DaemonCall.EXIT_NOT_RUNNING,
            DaemonCall.EXIT_TIMEOUT})
final class StatusCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DaemonCall daemon;

    @Option(names = "--cib", paramLabel = "FILE",
            description = "Show this cib.xml instead of the running cluster; needs no daemon.")
    Path cib;

    @Option(names = "--now", paramLabel = "EPOCH_SECONDS",
            description = "With --cib: the time to show as 'Last updated' and to expire fail counts against"
                    + " (default: now).")
    Long now;

    @Option(names = "--watch", description = "Refresh the screen until interrupted (Ctrl-C).")
    boolean watch;

    @Option(names = "--interval", paramLabel = "SECONDS", converter = Seconds.class,
            description = "With --watch: seconds between refreshes, fractions allowed (default: 5, as crm_mon).")
    Duration interval;

    @Override
    public Integer call() {
        if (cib != null) {
            forbidWithCib("--watch", watch);
            forbidWithCib("--interval", interval != null);
            forbidWithCib("--socket", spec.commandLine().getParseResult().hasMatchedOption("--socket"));
            return OfflineCib.show(spec.commandLine(), cib, now, (snapshot, at) -> {
                StatusModel model = StatusModelBuilder.build(snapshot, List.of(), null, snapshot.haveQuorum(), at);
                return daemon.json() ? StatusJson.render(model) : StatusText.render(model);
            });
        }
        if (now != null) {
            throw usage("--now needs --cib: the running cluster is shown as it is now");
        }
        if (interval != null && !watch) {
            throw usage("--interval needs --watch");
        }
        return watch ? new StatusWatch(daemon, interval == null ? StatusWatch.DEFAULT_INTERVAL : interval).run()
                : once();
    }

    private void forbidWithCib(String option, boolean given) {
        if (given) {
            throw usage("--cib shows a saved file offline and cannot be combined with " + option
                    + ", which is for the running cluster");
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    private int once() {
        return daemon.call("status", Map.of(), result -> {
            try {
                daemon.out().print(render(result, daemon.json()));
            } catch (IllegalArgumentException e) {
                return daemon.fail(new DaemonCall.Outcome.Failed(DaemonCall.Problem.FAILED, e.getMessage()));
            }
            daemon.out().flush();
            return ExitCode.OK.code();
        });
    }

    /**
     * What to print of hactld's {@code status} result: its crm_mon-style text, or its status document as one line
     * of JSON (the schema {@code --cib --json} prints).
     *
     * @throws IllegalArgumentException when the result lacks them (a hactld of another release)
     */
    static String render(Map<String, Object> result, boolean json) {
        if (json) {
            if (!(result.get("document") instanceof Map<?, ?> document)) {
                throw new IllegalArgumentException("hactld's status answer has no \"document\"");
            }
            return JsonWriter.write(document) + "\n";
        }
        if (!(result.get("text") instanceof String text)) {
            throw new IllegalArgumentException("hactld's status answer has no \"text\"");
        }
        return text.endsWith("\n") ? text : text + "\n";
    }

    /** {@code --interval 2} or {@code 0.5}: seconds, as crm_mon's and watch's. */
    static final class Seconds implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            double seconds;
            try {
                seconds = Double.parseDouble(value);
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a number of seconds");
            }
            if (!(seconds > 0) || seconds > 86_400) {
                throw new CommandLine.TypeConversionException("'" + value + "' must be between 0 and 86400 seconds");
            }
            return Duration.ofMillis(Math.max(1, Math.round(seconds * 1000)));
        }
    }
}
