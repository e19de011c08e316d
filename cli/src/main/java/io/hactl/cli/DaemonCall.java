package io.hactl.cli;

import io.hactl.ExitCode;
import io.hactl.control.AccessPolicy;
import io.hactl.control.ControlClient;
import io.hactl.control.ControlReply;
import io.hactl.control.ControlRequest;
import io.hactl.daemon.DaemonOptions;
import io.hactl.json.JsonWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToIntFunction;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What every command that talks to the running hactld shares (a picocli mixin): {@code --socket} and
 * {@code --json}, the exit statuses, one request sent, and its outcome printed. {@link #ask} is the one place a
 * reply or a connection failure becomes a {@link Problem}, for these commands and for {@code cl_status} alike.
 */
@Command(
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:done; the message says what the cluster does now",
            "1:the cluster refused the request (unknown resource or node, invalid value …), or it failed in hactld",
            "2:usage error",
            DaemonCall.EXIT_TOO_OLD, DaemonCall.EXIT_DENIED, DaemonCall.EXIT_NOT_RUNNING,
            DaemonCall.EXIT_TIMEOUT})
final class DaemonCall {
    /** Environment variable naming the control socket, for a hactld started with {@code --control-socket}. */
    static final String SOCKET_ENV = "HACTL_SOCKET";
    /** An admin command is recorded by the daemon and answered at once; far longer means hactld is stuck. */
    static final int TIMEOUT_SECONDS = 30;
    static final Duration TIMEOUT = Duration.ofSeconds(TIMEOUT_SECONDS);
    /** The exit-status lines every command that asks hactld shares, for those that list their own. */
    static final String EXIT_TOO_OLD = "69:hactld is older than this hactl and does not know the command";
    static final String EXIT_DENIED = "77:permission denied: run as root or as a member of group haclient"
            + " (see ha.cf apiauth)";
    static final String EXIT_NOT_RUNNING = "102:hactld is not running, or nothing answers on the control socket";
    static final String EXIT_TIMEOUT = "124:hactld did not answer within " + TIMEOUT_SECONDS + " s";

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--socket", paramLabel = "PATH",
            description = "hactld's control socket (default: $" + SOCKET_ENV + " if set, else /run/hactl/hactld.sock).")
    Path socket = defaultSocket();

    @Option(names = "--json", description = "Print the answer as one line of JSON instead of text, for scripts.")
    boolean json;

    static Path defaultSocket() {
        String env = System.getenv(SOCKET_ENV);
        return env == null || env.isBlank() ? DaemonOptions.DEFAULT_CONTROL_SOCKET : Path.of(env);
    }

    /** Why a request got no result, with the exit status an admin command gives for it. */
    enum Problem {
        /** No socket, or nothing listens on it. */
        NOT_RUNNING(ExitCode.DISCONNECT),
        TIMED_OUT(ExitCode.TIMEOUT),
        /** hactld refused the caller's credentials (or the socket's directory did). */
        DENIED(ExitCode.NO_PERMISSION),
        /** hactld does not know the command: it is of an older release than this hactl. */
        TOO_OLD(ExitCode.UNAVAILABLE),
        /** The cluster refused the request: an unknown resource, an invalid configuration … */
        REFUSED(ExitCode.ERROR),
        /** The command failed inside hactld, or the answer could not be read. */
        FAILED(ExitCode.ERROR);

        private final ExitCode exit;

        Problem(ExitCode exit) {
            this.exit = exit;
        }

        int exit() {
            return exit.code();
        }
    }

    /** What one request gave: hactld's result, or a problem and a one-line message for the admin. */
    sealed interface Outcome {
        record Done(Map<String, Object> result) implements Outcome {
        }

        record Failed(Problem problem, String message) implements Outcome {
        }
    }

    /** Sends one request; never throws for anything the daemon or the socket can do. */
    static Outcome ask(Path socket, Duration timeout, ControlRequest request) {
        ControlReply reply;
        try {
            reply = new ControlClient(socket, timeout).call(request);
        } catch (ControlClient.Unreachable e) {
            return unreachable(socket, e);
        } catch (ControlClient.TimedOut e) {
            return new Outcome.Failed(Problem.TIMED_OUT, e.getMessage());
        } catch (IOException e) {
            return new Outcome.Failed(Problem.FAILED, e.getMessage());
        }
        if (reply instanceof ControlReply.Done done) {
            return new Outcome.Done(done.result());
        }
        ControlReply.Refused refused = (ControlReply.Refused) reply;
        return switch (refused.failure()) {
            case DENIED -> new Outcome.Failed(Problem.DENIED, refused.message() + "; " + WHO_MAY);
            case UNKNOWN_COMMAND -> new Outcome.Failed(Problem.TOO_OLD, "hactld at " + socket + " does not know \""
                    + request.command() + "\": it is older than this hactl (" + HactlVersion.current()
                    + "); upgrade hactld, or use the hactl of its release");
            case BAD_REQUEST -> new Outcome.Failed(Problem.REFUSED, refused.message());
            case FAILED -> new Outcome.Failed(Problem.FAILED, refused.message());
        };
    }

    private static final String WHO_MAY = "run hactl as root or as a member of group " + AccessPolicy.HACLIENT
            + " (or as a user that ha.cf's apiauth hactl line allows)";

    private static Outcome unreachable(Path socket, ControlClient.Unreachable e) {
        String start = "; start it with: systemctl start hactld";
        if (!Files.exists(socket, LinkOption.NOFOLLOW_LINKS)) {
            return new Outcome.Failed(Problem.NOT_RUNNING,
                    "hactld is not running (no control socket at " + socket + ")" + start);
        }
        if (e.getCause() instanceof ConnectException) {
            // A socket file nobody listens on: hactld was killed and left it behind.
            return new Outcome.Failed(Problem.NOT_RUNNING,
                    "hactld is not running (nothing listens on " + socket + ")" + start);
        }
        String reason = e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
        if (reason != null && reason.contains("Permission denied")) {
            return new Outcome.Failed(Problem.DENIED, "cannot open hactld's control socket " + socket
                    + ": permission denied; " + WHO_MAY);
        }
        return new Outcome.Failed(Problem.NOT_RUNNING, e.getMessage());
    }

    /** The request's arguments from key, value pairs; a null value (an omitted optional argument) is left out. */
    static Map<String, Object> args(Object... keysAndValues) {
        Map<String, Object> args = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                args.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return args;
    }

    /** Asks hactld on {@code --socket}, with the timeout of admin commands. */
    Outcome ask(String command, Map<String, Object> arguments) {
        return ask(socket, TIMEOUT, new ControlRequest(command, arguments));
    }

    /** Sends the command and prints hactld's message (or, with {@code --json}, its whole answer); the exit status. */
    int run(String command, Map<String, Object> arguments) {
        return call(command, arguments, result -> {
            printResult(result);
            return ExitCode.OK.code();
        });
    }

    /** Sends the command; a failure is reported ({@link #fail}), a result handed to {@code onDone}: the exit status. */
    int call(String command, Map<String, Object> arguments, ToIntFunction<Map<String, Object>> onDone) {
        Outcome outcome = ask(command, arguments);
        if (outcome instanceof Outcome.Failed failed) {
            return fail(failed);
        }
        return onDone.applyAsInt(((Outcome.Done) outcome).result());
    }

    /** Prints a result as {@link #run} does: the message, or the JSON object. */
    void printResult(Map<String, Object> result) {
        if (json || !(result.get("message") instanceof String message)) {
            printJson(result);
        } else {
            out().println(message);
            out().flush();
        }
    }

    void printJson(Object value) {
        out().println(JsonWriter.write(value));
        out().flush();
    }

    /** Reports a problem on stderr as {@code hactl: MESSAGE}; its exit status. */
    int fail(Outcome.Failed failed) {
        err().println("hactl: " + failed.message());
        err().flush();
        return failed.problem().exit();
    }

    boolean json() {
        return json;
    }

    PrintWriter out() {
        return commandLine().getOut();
    }

    PrintWriter err() {
        return commandLine().getErr();
    }

    private CommandLine commandLine() {
        return mixee.commandLine();
    }
}
