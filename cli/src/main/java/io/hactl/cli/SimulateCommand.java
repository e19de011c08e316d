package io.hactl.cli;

import io.hactl.scheduler.Scheduler;
import io.hactl.scheduler.Transition;
import io.hactl.scheduler.TransitionJson;
import io.hactl.scheduler.TransitionText;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hactl simulate}: what the cluster would do with this CIB, without a daemon (like {@code crm_simulate -R}).
 * Warnings go to stderr and do not change the exit status; errors make it 1.
 */
@Command(
        name = "simulate",
        description = "Show the placement and actions the scheduler decides for a CIB file.",
        mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:the CIB was scheduled", "1:the CIB is invalid (messages on stderr)", "2:usage error"})
final class SimulateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--cib", required = true, paramLabel = "FILE", description = "The cib.xml to schedule.")
    Path cib;

    @Option(names = "--json", description = "Print {\"placement\": {...}, \"actions\": [...]} instead of text.")
    boolean json;

    @Option(names = "--now", paramLabel = "EPOCH_SECONDS",
            description = "The time to judge failure-timeout against (default: the current time).")
    Long now;

    @Override
    public Integer call() {
        return OfflineCib.show(spec.commandLine(), cib, now, (snapshot, at) -> {
            Transition transition = new Scheduler().schedule(snapshot, at);
            return json ? TransitionJson.render(transition) + "\n" : TransitionText.render(transition);
        });
    }
}
