package io.hactl.cli;

import io.hactl.ExitCode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

/**
 * {@code hactl status --watch}: asks hactld for its status every interval and redraws the screen, as
 * {@code crm_mon} does, until interrupted. A daemon that stops answering is reported on the screen and asked again;
 * a refusal that waiting cannot cure (permission, an older hactld) ends the watch with its exit status.
 * With {@code --json} each refresh is one line of JSON on stdout and problems go to stderr, for a script to follow.
 */
final class StatusWatch {
    /** crm_mon's default refresh. */
    static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(5);
    /** Cursor home, then erase the screen: what {@code clear} sends on any ANSI terminal. */
    static final String CLEAR = "\033[H\033[2J";

    private final DaemonCall daemon;
    private final Duration interval;

    StatusWatch(DaemonCall daemon, Duration interval) {
        this.daemon = daemon;
        this.interval = interval;
    }

    /** Runs until the thread is interrupted (exit 0) or hactld refuses for good. */
    int run() {
        String retrying = "hactl retries every " + seconds(interval) + " s; Ctrl-C to quit.";
        while (true) {
            DaemonCall.Outcome outcome = daemon.ask("status", Map.of());
            if (outcome instanceof DaemonCall.Outcome.Failed failed
                    && (failed.problem() == DaemonCall.Problem.DENIED
                    || failed.problem() == DaemonCall.Problem.TOO_OLD)) {
                return daemon.fail(failed);
            }
            String problem = null;
            String screen = null;
            if (outcome instanceof DaemonCall.Outcome.Failed failed) {
                problem = failed.message();
            } else {
                try {
                    screen = StatusCommand.render(((DaemonCall.Outcome.Done) outcome).result(), daemon.json());
                } catch (IllegalArgumentException e) {
                    problem = e.getMessage();
                }
            }
            if (daemon.json()) {
                if (screen != null) {
                    daemon.out().print(screen);
                } else {
                    daemon.err().println("hactl: " + problem + "; " + retrying);
                    daemon.err().flush();
                }
            } else {
                daemon.out().print(CLEAR + (screen != null ? screen : "hactl: " + problem + "\n\n" + retrying + "\n"));
            }
            daemon.out().flush();
            try {
                Thread.sleep(interval.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return ExitCode.OK.code();
            }
        }
    }

    private static String seconds(Duration duration) {
        return BigDecimal.valueOf(duration.toMillis(), 3).stripTrailingZeros().toPlainString();
    }
}
