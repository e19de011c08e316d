package io.hactl.daemon;

import io.hactl.config.LoadOptions;
import java.net.InetSocketAddress;
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
 */
public record DaemonOptions(
        Path configDir, LoadOptions loadOptions, Optional<InetSocketAddress> metrics, Map<String, String> environment) {

    public DaemonOptions {
        environment = Map.copyOf(environment);
    }

    /** For tests and embedded nodes: no systemd, no metrics. */
    public static DaemonOptions plain(Path configDir, LoadOptions loadOptions) {
        return new DaemonOptions(configDir, loadOptions, Optional.empty(), Map.of());
    }
}
