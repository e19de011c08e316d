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
 *                      the daemon's {@code /var/lib/hactl/cib.xml}
 */
public record LoadOptions(Optional<String> nodeName, String authkeysOwner, Path initScripts, Optional<Path> cibFile) {

    public static final Path STATE_CIB = Path.of("/var/lib/hactl/cib.xml");

    public static LoadOptions defaults() {
        return new LoadOptions(Optional.empty(), System.getProperty("user.name"), Path.of("/etc/init.d"), Optional.empty());
    }

    public LoadOptions withNodeName(String name) {
        return new LoadOptions(Optional.of(name), authkeysOwner, initScripts, cibFile);
    }

    public LoadOptions withCibFile(Path file) {
        return new LoadOptions(nodeName, authkeysOwner, initScripts, Optional.of(file));
    }

    public LoadOptions withInitScripts(Path directory) {
        return new LoadOptions(nodeName, authkeysOwner, directory, cibFile);
    }
}
