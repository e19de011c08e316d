package io.hactl.cli;

import io.hactl.ExitCode;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hactl resource …}: resource agents run by hand or described (exec, agents, meta), and the verbs that ask
 * the running cluster to move, stop, start, restart or clean up a resource, as crm_resource does.
 */
@Command(
        name = "resource",
        description = {"Manage the cluster's resources through hactld (move, stop, start, restart, cleanup,"
                + " failcount), and run and inspect resource agents (OCF, LSB, heartbeat) by hand."},
        mixinStandardHelpOptions = true,
        subcommands = {ResourceExecCommand.class, ResourceAgentsCommand.class, ResourceMetaCommand.class})
final class ResourceCommand extends CommandGroup {
    private static final String RSC = "The resource (primitive or group) id, as in the CIB or haresources.";

    @Command(name = "move", mixinStandardHelpOptions = true, description = {
        "Move RSC off the node it runs on, to NODE when given: hactld adds a location constraint"
            + " (cli-prefer-RSC towards NODE, else cli-ban-RSC-on-its-node) and prints it with the command that"
            + " removes it. The constraint stays until 'hactl resource unmove RSC' or until --lifetime expires."})
    int move(@Mixin DaemonCall daemon,
            @Parameters(index = "0", paramLabel = "RSC", description = RSC) String resource,
            @Parameters(index = "1", paramLabel = "NODE", arity = "0..1",
                    description = "Where RSC should run (default: anywhere but where it runs now).") String node,
            @Option(names = "--lifetime", paramLabel = "DURATION",
                    description = "Remove the constraint after DURATION: ISO 8601 (PT10M) or 10m, 2h (default:"
                            + " keep it until unmove).") String lifetime) {
        return daemon.run("resource-move", DaemonCall.args("resource", resource, "node", node, "lifetime", lifetime));
    }

    @Command(name = "unmove", mixinStandardHelpOptions = true, description = {
        "Remove the constraints 'hactl resource move' made for RSC: it may run anywhere again; whether it"
            + " moves back now depends on resource-stickiness."})
    int unmove(@Mixin DaemonCall daemon, @Parameters(paramLabel = "RSC", description = RSC) String resource) {
        return daemon.run("resource-unmove", DaemonCall.args("resource", resource));
    }

    @Command(name = "restart", mixinStandardHelpOptions = true, description = {
        "Stop RSC and start it again on the node where it runs (a group: its members in order)."})
    int restart(@Mixin DaemonCall daemon, @Parameters(paramLabel = "RSC", description = RSC) String resource) {
        return daemon.run("resource-restart", DaemonCall.args("resource", resource));
    }

    @Command(name = "cleanup", mixinStandardHelpOptions = true, description = {
        "Forget RSC's failures (every resource's when RSC is omitted) on NODE (every node's when --node is"
            + " omitted): fail counts and failed actions are cleared and the resource is probed again, so a"
            + " node it was banned from by migration-threshold may run it again."})
    int cleanup(@Mixin DaemonCall daemon,
            @Parameters(paramLabel = "RSC", arity = "0..1", description = "The resource (default: all).")
            String resource,
            @Option(names = "--node", paramLabel = "NODE", description = "Only on this node (default: all).")
            String node) {
        return daemon.run("resource-cleanup", DaemonCall.args("resource", resource, "node", node));
    }

    @Command(name = "stop", mixinStandardHelpOptions = true, description = {
        "Stop RSC and keep it stopped (target-role=Stopped) until 'hactl resource start RSC'."})
    int stop(@Mixin DaemonCall daemon, @Parameters(paramLabel = "RSC", description = RSC) String resource) {
        return daemon.run("resource-stop", DaemonCall.args("resource", resource));
    }

    @Command(name = "start", mixinStandardHelpOptions = true, description = {
        "Let RSC run again after 'hactl resource stop' (removes target-role=Stopped): the cluster starts it"
            + " on the node it prefers."})
    int start(@Mixin DaemonCall daemon, @Parameters(paramLabel = "RSC", description = RSC) String resource) {
        return daemon.run("resource-start", DaemonCall.args("resource", resource));
    }

    /** What {@code failcount} does; the names are the protocol's. */
    enum FailcountAction { show, delete, set }

    @Command(name = "failcount", mixinStandardHelpOptions = true, description = {
        "Show, delete or set RSC's fail count on NODE. When it reaches migration-threshold, RSC is moved off"
            + " NODE and may not return there; deleting it (as cleanup does, without the probe) lets it return.",
        "show without NODE lists every node's count."})
    int failcount(@Mixin DaemonCall daemon,
            @Parameters(index = "0", paramLabel = "RSC", description = RSC) String resource,
            @Parameters(index = "1", paramLabel = "show|delete|set", description = "What to do.")
            FailcountAction action,
            @Parameters(index = "2", paramLabel = "NODE", arity = "0..1",
                    description = "The node (needed for delete and set).") String node,
            @Parameters(index = "3", paramLabel = "VALUE", arity = "0..1",
                    description = "For set: the new count, 0 or more.") Long value) {
        CommandLine commandLine = daemon.mixee.commandLine();
        if (action != FailcountAction.show && node == null) {
            throw new CommandLine.ParameterException(commandLine, "failcount " + action + " needs NODE");
        }
        if (action == FailcountAction.set && value == null) {
            throw new CommandLine.ParameterException(commandLine, "failcount set needs VALUE (e.g. 0)");
        }
        if (action != FailcountAction.set && value != null) {
            throw new CommandLine.ParameterException(commandLine, "only failcount set takes a VALUE");
        }
        if (value != null && value < 0) {
            throw new CommandLine.ParameterException(commandLine, "a fail count is 0 or more, not " + value);
        }
        var arguments = DaemonCall.args("resource", resource, "action", action.name(), "node", node, "value", value);
        return daemon.call("failcount", arguments, result -> {
            daemon.printResult(result);
            // One line per node under the message, as crm_mon's migration summary lists them.
            if (action == FailcountAction.show && !daemon.json()
                    && result.get("failcounts") instanceof Map<?, ?> counts) {
                counts.forEach((on, count) -> daemon.out().println("  " + on + ": " + count));
                daemon.out().flush();
            }
            return ExitCode.OK.code();
        });
    }
}
