package io.hactl.cli;

import io.hactl.status.StatusJson;
import io.hactl.status.StatusModel;
import io.hactl.status.StatusModelBuilder;
import io.hactl.status.StatusText;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hactl status --cib FILE}: a saved CIB shown as crm_mon shows a cluster, without a daemon. There is no DC
 * and no membership offline, so the DC reads NONE and quorum is the CIB's own {@code have-quorum} flag.
 */
@Command(
        name = "status",
        description = {"Show nodes, resources, fail counts and failed actions of a CIB file, like crm_mon -1 -r -f.",
            "Only --cib (offline) works for now; status of the running cluster through hactld comes with the"
                + " controller."},
        mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:the status was shown", "1:the CIB is invalid (messages on stderr)", "2:usage error"})
final class StatusCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--cib", required = true, paramLabel = "FILE", description = "The cib.xml to show.")
    Path cib;

    @Option(names = "--json", description = "Print one JSON object (schema version 1) instead of text.")
    boolean json;

    @Option(names = "--now", paramLabel = "EPOCH_SECONDS",
            description = "The time to show as 'Last updated' and to expire fail counts against (default: now).")
    Long now;

    @Override
    public Integer call() {
        return OfflineCib.show(spec.commandLine(), cib, now, (snapshot, at) -> {
            StatusModel model = StatusModelBuilder.build(snapshot, List.of(), null, snapshot.haveQuorum(), at);
            return json ? StatusJson.render(model) : StatusText.render(model);
        });
    }
}
