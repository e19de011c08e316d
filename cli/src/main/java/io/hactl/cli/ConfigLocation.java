package io.hactl.cli;

import io.hactl.config.LoadOptions;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options that say which configuration to read and as which node: shared by hactld and hactl config. */
final class ConfigLocation {

    @Option(names = {"--dir", "--config-dir"}, paramLabel = "DIR", defaultValue = "/etc/ha.d",
            description = "Configuration directory with ha.cf, authkeys and haresources (default: ${DEFAULT-VALUE}).")
    Path directory;

    @Option(names = "--node-name", paramLabel = "NAME", description = "This node's name (default: uname -n).")
    Optional<String> nodeName;

    LoadOptions loadOptions() {
        LoadOptions options = LoadOptions.defaults();
        return nodeName.map(options::withNodeName).orElse(options);
    }
}
