package io.hactl.config;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where {@link ClusterConfigLoader} looks besides the configuration directory.
 *
 * @param nodeName      this node's name; empty means {@code uname -n}
 * @param authkeysOwner the user hactld runs as, who must own authkeys
 * @param initScripts   where LSB scripts live ({@code /etc/init.d}), for haresources script checks
 * @param cibFile       the CIB to check with {@code crm yes}; empty means {@code DIR/cib.xml} if present, else
 *                      the daemon's own copy in {@code stateDir}
 * @param stateDir      where hactld keeps its CIB ({@code --state-dir}, default {@code /var/lib/hactl})
 */
public record LoadOptions(Optional<String> nodeName, String authkeysOwner, Path initScripts, Optional<Path> cibFile,
        Path stateDir) {

    /** The package's state directory ({@code StateDirectory=hactl}). */
    public static final Path DEFAULT_STATE_DIR = Path.of("/var/lib/hactl");

    public static LoadOptions defaults() {
        return new LoadOptions(Optional.empty(), System.getProperty("user.name"), Path.of("/etc/init.d"),
                Optional.empty(), DEFAULT_STATE_DIR);
    }

    /** The daemon's own copy of the CIB. */
    public Path stateCib() {
        return stateDir.resolve("cib.xml");
    }

    public LoadOptions withNodeName(String name) {
        return new LoadOptions(Optional.of(name), authkeysOwner, initScripts, cibFile, stateDir);
    }

    public LoadOptions withCibFile(Path file) {
        return new LoadOptions(nodeName, authkeysOwner, initScripts, Optional.of(file), stateDir);
    }

    public LoadOptions withInitScripts(Path directory) {
        return new LoadOptions(nodeName, authkeysOwner, directory, cibFile, stateDir);
    }

    public LoadOptions withStateDir(Path directory) {
        return new LoadOptions(nodeName, authkeysOwner, initScripts, cibFile, directory);
    }
}
