package io.hactl.cli;

import io.hactl.ExitCode;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code hactl property get|set|delete}: the cluster options (crm_config), as crm_attribute and pcs property. */
@Command(
        name = "property",
        description = {"Read and change cluster options (the CIB's crm_config), such as stonith-enabled,"
                + " no-quorum-policy, default-resource-stickiness or maintenance-mode."},
        mixinStandardHelpOptions = true)
final class PropertyCommand extends CommandGroup {
    private static final String NAME = "The option's name, e.g. no-quorum-policy.";

    @Command(name = "get", mixinStandardHelpOptions = true,
            description = {"Print NAME's value alone, for scripts; exit 105 when it is not set."},
            exitCodeListHeading = "%nExit status:%n",
            exitCodeList = {"0:the value was printed", "1:hactld failed to answer", "2:usage error",
                DaemonCall.EXIT_TOO_OLD, DaemonCall.EXIT_DENIED, DaemonCall.EXIT_NOT_RUNNING,
                "105:NAME is not set (its default applies)", DaemonCall.EXIT_TIMEOUT})
    int get(@Mixin DaemonCall daemon, @Parameters(paramLabel = "NAME", description = NAME) String name) {
        return daemon.call("property-get", DaemonCall.args("name", name), result -> printValue(daemon, name, result));
    }

    /** The value alone on stdout (the whole answer with --json); exit 105 when it is not set. */
    private static int printValue(DaemonCall daemon, String name, Map<String, Object> result) {
        if (daemon.json()) {
            daemon.printJson(result);
        }
        Object value = result.get("value");
        if (value == null) {
            if (!daemon.json()) {
                daemon.err().println("hactl: " + (result.get("message") instanceof String m ? m
                        : "property " + name + " is not set"));
                daemon.err().flush();
            }
            return ExitCode.NO_SUCH.code();
        }
        if (!daemon.json()) {
            daemon.out().println(value);
            daemon.out().flush();
        }
        return ExitCode.OK.code();
    }

    @Command(name = "set", mixinStandardHelpOptions = true,
            description = {"Set NAME to VALUE in the cluster's configuration; the cluster acts on it at once."})
    int set(@Mixin DaemonCall daemon, @Parameters(index = "0", paramLabel = "NAME", description = NAME) String name,
            @Parameters(index = "1", paramLabel = "VALUE", description = "The new value.") String value) {
        return daemon.run("property-set", DaemonCall.args("name", name, "value", value));
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = {"Remove NAME from the cluster's configuration, so its default applies again."})
    int delete(@Mixin DaemonCall daemon, @Parameters(paramLabel = "NAME", description = NAME) String name) {
        return daemon.run("property-delete", DaemonCall.args("name", name));
    }
}
