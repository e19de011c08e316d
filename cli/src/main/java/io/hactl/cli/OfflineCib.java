package io.hactl.cli;

import io.hactl.ExitCode;
import io.hactl.cib.CibSnapshot;
import io.hactl.cib.xml.CibFiles;
import io.hactl.config.ConfigProblem;
import io.hactl.config.ConfigReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.BiFunction;
import picocli.CommandLine;

/**
 * What the commands that work on a saved cib.xml, without a daemon, share: load it, print its problems on stderr
 * (warnings leave the exit status 0, errors make it 1), then print what {@code render} makes of it at {@code now}.
 */
final class OfflineCib {
    private OfflineCib() {}

    /** @param epochSeconds {@code --now}, or null for the current time */
    static int show(CommandLine commandLine, Path cib, Long epochSeconds, BiFunction<CibSnapshot, Instant, String> render) {
        PrintWriter out = commandLine.getOut();
        PrintWriter err = commandLine.getErr();
        ConfigReport<CibSnapshot> report = new CibFiles().load(cib);
        for (ConfigProblem problem : report.problems()) {
            err.println(problem);
        }
        err.flush();
        if (!report.isValid()) {
            return ExitCode.ERROR.code();
        }
        Instant at = epochSeconds == null ? Instant.now() : Instant.ofEpochSecond(epochSeconds);
        out.print(render.apply(report.get(), at));
        out.flush();
        return ExitCode.OK.code();
    }
}
