package io.hactl.daemon;

import io.hactl.config.LoadOptions;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import io.hactl.executor.AgentDirectories;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * How hactld was started, beyond the configuration itself.
 *
 * @param configDir   where a reload re-reads the configuration
 * @param loadOptions how it was read the first time (node name, authkeys owner …)
 * @param metrics     where to serve Prometheus metrics; empty for off
 * @param environment the process environment ({@code NOTIFY_SOCKET}, {@code WATCHDOG_USEC} from systemd)
 * @param controlSocket where {@code hactl} reaches this daemon; empty for none (nodes embedded in tests)
 * @param agents      where resource agents are looked up
 * @param stateDir    where the daemon keeps its CIB and anti-replay generation; empty keeps them in memory (tests)
 * @param heartbeatAddress the address to heartbeat from ({@code --bind}); empty: chosen from ha.cf's interface
 */
public record DaemonOptions(
        Path configDir, LoadOptions loadOptions, Optional<InetSocketAddress> metrics, Map<String, String> environment,
        Optional<Path> controlSocket, Optional<Path> stateDir, AgentDirectories agents,
        Optional<InetAddress> heartbeatAddress) {

    /** Where systemd's {@code RuntimeDirectory=hactl} puts it. */
    public static final Path DEFAULT_CONTROL_SOCKET = Path.of("/run/hactl/hactld.sock");

    public DaemonOptions {
        environment = Map.copyOf(environment);
    }

    /** For tests and embedded nodes: no systemd, no metrics, no control socket. */
    public static DaemonOptions plain(Path configDir, LoadOptions loadOptions) {
        return new DaemonOptions(configDir, loadOptions, Optional.empty(), Map.of(), Optional.empty(), Optional.empty(),
                AgentDirectories.standard(), Optional.empty());
    }
}
