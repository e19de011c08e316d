package io.hactl.cli;

import io.hactl.ExitCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code hactl config …}: check the configuration in /etc/ha.d, and show or replace the running cluster's CIB. */
@Command(
        name = "config",
        description = "Check the cluster configuration, and show or replace the one the running cluster uses.",
        mixinStandardHelpOptions = true,
        subcommands = {ConfigVerifyCommand.class})
final class ConfigCommand extends CommandGroup {

    @Command(name = "show", mixinStandardHelpOptions = true, description = {
        "Print the cluster configuration hactld uses now, as CIB XML: edit a copy and load it with"
            + " 'hactl config commit FILE'."})
    int show(@Mixin DaemonCall daemon) {
        return daemon.call("config-show", Map.of(), result -> {
            if (daemon.json() || !(result.get("xml") instanceof String xml)) {
                daemon.printJson(result);
            } else {
                daemon.out().print(xml.endsWith("\n") ? xml : xml + "\n");
                daemon.out().flush();
            }
            return ExitCode.OK.code();
        });
    }

    @Command(name = "commit", mixinStandardHelpOptions = true, description = {
        "Replace the cluster configuration with FILE, a whole CIB (as 'hactl config show' prints it):"
            + " hactld checks it first and refuses an invalid one, keeping the configuration it has; an accepted one"
            + " reaches every node, and the cluster then starts, stops or moves what the change asks for."})
    int commit(@Mixin DaemonCall daemon,
            @Parameters(paramLabel = "FILE", description = "The CIB XML file to load.") Path file) {
        String xml;
        try {
            xml = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            // Nothing is sent: the cluster keeps its configuration.
            daemon.err().println("hactl: cannot read " + file + ": " + reason(e));
            daemon.err().flush();
            return ExitCode.ERROR.code();
        }
        return daemon.run("config-commit", DaemonCall.args("xml", xml, "file", file.toString()));
    }

    private static String reason(IOException e) {
        return switch (e.getClass().getSimpleName()) {
            case "NoSuchFileException" -> "no such file";
            case "AccessDeniedException" -> "permission denied";
            case "MalformedInputException" -> "not UTF-8 text";
            default -> String.valueOf(e.getMessage());
        };
    }
}
