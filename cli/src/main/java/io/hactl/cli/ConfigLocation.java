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

    @Option(names = "--state-dir", paramLabel = "DIR",
            description = "Where hactld keeps its copy of the CIB (with the last versions) and its anti-replay"
                    + " generation; with crm yes and no cib.xml in the configuration directory, that copy is the"
                    + " CIB checked (default: ${DEFAULT-VALUE}).")
    Path stateDir = LoadOptions.DEFAULT_STATE_DIR;

    LoadOptions loadOptions() {
        LoadOptions options = LoadOptions.defaults().withStateDir(stateDir);
        return nodeName.map(options::withNodeName).orElse(options);
    }
}
