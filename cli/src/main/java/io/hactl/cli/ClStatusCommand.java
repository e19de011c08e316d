package io.hactl.cli;

import io.hactl.ExitCode;
import io.hactl.control.ControlRequest;
import io.hactl.daemon.DaemonOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;

/**
 * {@code hactl cl_status …}: Heartbeat's {@code cl_status} against the local hactld, printing exactly what
 * Heartbeat 3.0.6 prints on stdout (what scripts parse) with its exit statuses. Errors go to stderr.
 */
@Command(
        name = "cl_status",
        mixinStandardHelpOptions = true,
        description = {"Heartbeat's cl_status: membership queries for scripts, answered by the local hactld.",
            "Output and exit status are Heartbeat's, so existing monitoring scripts keep working."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:success (node active, link up, hactld running)",
            "1:node or link dead; for hbstatus, hactld is stopped", "11:unknown node, or a missing or wrong parameter",
            "12:hactld did not answer in 5 s", "13:unknown link, or an unreadable answer",
            "77:hactld refused the request (see apiauth)",
            "102:hactld cannot be reached"})
public final class ClStatusCommand extends CommandGroup {
    /** cl_status gives heartbeat 5 s (its DEFAULT_TIMEOUT alarm). */
    static final Duration TIMEOUT = Duration.ofSeconds(5);

    @Option(names = "--socket", paramLabel = "PATH", scope = ScopeType.INHERIT,
            description = "hactld's control socket (default: ${DEFAULT-VALUE}).")
    Path socket = DaemonOptions.DEFAULT_CONTROL_SOCKET;

    @Command(name = "hbstatus", description = "Say whether hactld is running on this machine.")
    int hbstatus() {
        Answer answer = ask();
        if (answer instanceof Answer.Nodes) {
            out().println("Heartbeat is running on this machine.");
            return ClStatusExit.OK.code();
        }
        if (answer instanceof Answer.Failed failed && failed.exit() == ExitCode.DISCONNECT.code()) {
            out().println("Heartbeat is stopped on this machine.");
            return ClStatusExit.NORMAL_FAIL.code();
        }
        if (answer instanceof Answer.Failed failed && failed.exit() == ExitCode.NO_PERMISSION.code()) {
            // Heartbeat's words when the daemon runs but refuses the caller; exit 0, as cl_status does.
            out().println("Heartbeat is apparently running on this machine, but refuses my connection");
            err().println(failed.message());
            return ClStatusExit.OK.code();
        }
        return report((Answer.Failed) answer);
    }

    @Command(name = "listnodes", description = "List the nodes in the cluster.")
    int listnodes(@Option(names = "-p", description = "only ping nodes (hactl has none)") boolean ping,
            @Option(names = "-n", description = "only normal nodes") boolean normal,
            @Option(names = "-v", description = "also each node's status and type, and its links") boolean verbose) {
        // As Heartbeat: -p and -n together list everything.
        boolean onlyPing = ping && !normal;
        return withNodes(nodes -> {
            nodes.nodes().stream().filter(n -> !onlyPing || n.type().equals("ping")).forEach(n -> {
                if (verbose) {
                    out().println("\n" + n.name() + "\t" + n.status() + "\t(nodetype: " + n.type() + ")");
                    printLinks(n, true);
                } else {
                    out().println(n.name());
                }
            });
            return ClStatusExit.OK.code();
        });
    }

    private void printLinks(DaemonNodes.Node node, boolean verbose) {
        node.links().forEach(l -> out().println("\t" + l.name() + (verbose ? "\t" + l.status() : "")));
    }

    @Command(name = "nodestatus", description = "Print a node's status: active, init or dead.")
    int nodestatus(@Parameters(paramLabel = "NODE") String node) {
        return withNode(node, n -> {
            out().println(n.status());
            boolean alive = n.status().equals("active") || n.status().equals("up") || n.status().equals("ping");
            return (alive ? ClStatusExit.OK : ClStatusExit.NORMAL_FAIL).code();
        });
    }

    @Command(name = "nodetype", description = "Print a node's type: normal (hactl has no ping nodes).")
    int nodetype(@Parameters(paramLabel = "NODE") String node) {
        return withNode(node, n -> {
            out().println(n.type());
            return ClStatusExit.OK.code();
        });
    }

    @Command(name = "listhblinks", description = "List a node's heartbeat links (ha.cf media devices).")
    int listhblinks(@Option(names = "-v", description = "also each link's status") boolean verbose,
            @Parameters(paramLabel = "NODE") String node) {
        return withNodes(nodes -> {
            Optional<DaemonNodes.Node> found = nodes.node(node);
            if (found.isEmpty()) {
                err().println("cl_status: ERROR: Cannot start heartbeat link interface walk. (no node " + node + ")");
                return ClStatusExit.UNKNOWN_ERROR.code();
            }
            printLinks(found.get(), verbose);
            return ClStatusExit.OK.code();
        });
    }

    @Command(name = "hblinkstatus", description = "Print a heartbeat link's status: up or dead.")
    int hblinkstatus(@Parameters(paramLabel = "NODE") String node, @Parameters(paramLabel = "LINK") String link) {
        return withNodes(nodes -> {
            Optional<DaemonNodes.Link> found = nodes.node(node).flatMap(n -> n.link(link));
            if (found.isEmpty()) {
                err().println("cl_status: ERROR: Cannot get heartbeat link status (no link " + link + " to node "
                        + node + ")");
                return ClStatusExit.UNKNOWN_ERROR.code();
            }
            out().println(found.get().status());
            return (found.get().status().equals("up") ? ClStatusExit.OK : ClStatusExit.NORMAL_FAIL).code();
        });
    }

    @Command(name = "rscstatus", description = "Which resources this node holds, in Heartbeat's words: local (those"
            + " whose home is this node), foreign (those whose home is another node), all (both) or none.")
    int rscstatus() {
        DaemonCall.Outcome outcome = DaemonCall.ask(socket, TIMEOUT, ControlRequest.of("rscstatus"));
        if (outcome instanceof DaemonCall.Outcome.Failed failed) {
            return report(failure(failed));
        }
        out().println(((DaemonCall.Outcome.Done) outcome).result().get("held"));
        return ClStatusExit.OK.code();
    }

    private interface NodesAction {
        int apply(DaemonNodes nodes);
    }

    private interface NodeAction {
        int apply(DaemonNodes.Node node);
    }

    private int withNode(String name, NodeAction action) {
        return withNodes(nodes -> nodes.node(name).map(action::apply).orElseGet(() -> {
            err().println("Error. May be due to incorrect node name");
            return ClStatusExit.PARAMETER_ERROR.code();
        }));
    }

    private int withNodes(NodesAction action) {
        Answer answer = ask();
        return answer instanceof Answer.Nodes nodes ? action.apply(nodes.nodes()) : report((Answer.Failed) answer);
    }

    private int report(Answer.Failed failed) {
        err().println("hactl cl_status: " + failed.message());
        return failed.exit();
    }

    /** What asking hactld for its nodes gave: the nodes, or a message and exit status for the caller. */
    private sealed interface Answer {
        record Nodes(DaemonNodes nodes) implements Answer {
        }

        record Failed(String message, int exit) implements Answer {
        }
    }

    private Answer ask() {
        DaemonCall.Outcome outcome = DaemonCall.ask(socket, TIMEOUT, ControlRequest.of("nodes"));
        if (outcome instanceof DaemonCall.Outcome.Failed failed) {
            return failure(failed);
        }
        try {
            return new Answer.Nodes(DaemonNodes.from(((DaemonCall.Outcome.Done) outcome).result()));
        } catch (IllegalArgumentException e) {
            return new Answer.Failed(e.getMessage(), ClStatusExit.UNKNOWN_ERROR.code());
        }
    }

    /** cl_status's exit statuses for a request hactld did not answer. */
    private static Answer.Failed failure(DaemonCall.Outcome.Failed failed) {
        int exit = switch (failed.problem()) {
            case NOT_RUNNING -> ExitCode.DISCONNECT.code();
            case DENIED -> ExitCode.NO_PERMISSION.code();
            case TIMED_OUT -> ClStatusExit.TIMEOUT.code();
            case TOO_OLD, REFUSED, FAILED -> ClStatusExit.UNKNOWN_ERROR.code();
        };
        return new Answer.Failed(failed.message(), exit);
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
