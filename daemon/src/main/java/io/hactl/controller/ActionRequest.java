package io.hactl.controller;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One agent operation as the coordinator asks a node to run it, self-contained so that the node needs nothing
 * from its own (possibly older) copy of the CIB.
 *
 * @param monitors the resource's recurring monitors, which the node keeps running while the resource runs there
 */
record ActionRequest(String resource, String agent, Map<String, String> params, String operation,
        Duration timeout, List<MonitorSpec> monitors) {
    ActionRequest {
        params = Map.copyOf(params);
        monitors = List.copyOf(monitors);
    }

    /** A probe: a one-shot monitor that finds out whether the resource runs. */
    boolean isProbe() {
        return operation.equals("monitor");
    }

    record MonitorSpec(Duration interval, Duration timeout) {}
}
