package io.hactl.metrics;

import io.hactl.cib.CibSnapshot;
import io.hactl.executor.ExecStatus;
import io.hactl.executor.OperationListener;
import io.hactl.executor.OperationResult;
import io.hactl.scheduler.ObservedResource;
import io.hactl.scheduler.ObservedState;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.CounterWithCallback;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Resources as Prometheus sees them. State, fail counts and failovers are read from this node's copy of the CIB
 * and the coordinator's notes when scraped (the same picture {@code hactl status} shows); the operations this
 * node's executor runs are counted and timed as they finish.
 */
public final class ResourceMetrics implements OperationListener {
    /** From a fast monitor to a slow database start. */
    private static final double[] DURATION_BUCKETS = {0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120};

    private final Histogram durations;
    private final Counter operations;

    /**
     * @param cib   this node's copy of the CIB, as last replicated
     * @param notes the coordinator's notes ({@code last_failover}, {@code failovers})
     */
    public ResourceMetrics(Supplier<CibSnapshot> cib, Supplier<Map<String, Object>> notes, Clock clock,
            PrometheusRegistry registry) {
        durations = Histogram.builder()
                .name("hactl_operation_duration_seconds")
                .help("How long agent operations run on this node (monitors included), by resource and operation")
                .labelNames("resource", "operation")
                .classicUpperBounds(DURATION_BUCKETS)
                .register(registry);
        operations = Counter.builder()
                .name("hactl_operations_total")
                .help("Agent operations this node ran, by resource, operation and outcome (ok, failed, timeout,"
                        + " not_installed, error, cancelled)")
                .labelNames("resource", "operation", "outcome")
                .register(registry);
        GaugeWithCallback.builder()
                .name("hactl_resource_state")
                .help("1 for each resource's state in the cluster: started, failed, blocked, stopped, unmanaged")
                .labelNames("resource", "state")
                .callback(cb -> ObservedState.read(cib.get(), clock.instant())
                        .forEach(r -> cb.call(1, r.id(), state(r))))
                .register(registry);
        GaugeWithCallback.builder()
                .name("hactl_resource_running")
                .help("1 for each node a resource runs on (failed or blocked there included)")
                .labelNames("resource", "node")
                .callback(cb -> ObservedState.read(cib.get(), clock.instant())
                        .forEach(r -> r.runningOn().forEach(node -> cb.call(1, r.id(), node))))
                .register(registry);
        GaugeWithCallback.builder()
                .name("hactl_resource_fail_count")
                .help("Fail counts in effect (failure-timeout applied), by resource and node")
                .labelNames("resource", "node")
                .callback(cb -> ObservedState.read(cib.get(), clock.instant())
                        .forEach(r -> r.failCounts().forEach((node, count) -> cb.call(count, r.id(), node))))
                .register(registry);
        CounterWithCallback.builder()
                .name("hactl_failovers")
                .help("Moves and recoveries the coordinators completed after a failure or an admin's request")
                .callback(cb -> cb.call(number(notes.get().get("failovers"))))
                .register(registry);
        GaugeWithCallback.builder()
                .name("hactl_last_failover_duration_seconds")
                .help("From the cause (failure detected, admin request) to the last start of the last failover")
                .callback(cb -> lastFailover(notes.get()).ifPresent(f -> cb.call(number(f.get("took_ms")) / 1000)))
                .register(registry);
        GaugeWithCallback.builder()
                .name("hactl_last_failover_timestamp_seconds")
                .help("When the last failover's cause happened, in seconds since the epoch")
                .callback(cb -> lastFailover(notes.get()).ifPresent(f -> cb.call(number(f.get("at")) / 1000)))
                .register(registry);
    }

    @Override
    public void operationFinished(OperationResult result) {
        String operation = result.operation().isProbe() ? "probe" : result.action();
        durations.labelValues(result.resource(), operation).observe(result.ran().toNanos() / 1e9);
        operations.labelValues(result.resource(), operation, outcome(result)).inc();
    }

    private static String outcome(OperationResult result) {
        if (result.status() != ExecStatus.DONE) {
            return result.status().name().toLowerCase(Locale.ROOT);
        }
        boolean ok = switch (result.rc()) {
            case OK -> true;
            case NOT_RUNNING -> result.operation().isProbe() || result.action().equals("stop");
            default -> false;
        };
        return ok ? "ok" : "failed";
    }

    private static String state(ObservedResource r) {
        if (!r.blockedOn().isEmpty()) {
            return "blocked";
        }
        if (!r.failedOn().isEmpty()) {
            return "failed";
        }
        if (!r.managed()) {
            return "unmanaged";
        }
        return r.runningOn().isEmpty() ? "stopped" : "started";
    }

    private static java.util.Optional<Map<?, ?>> lastFailover(Map<String, Object> notes) {
        return notes.get("last_failover") instanceof Map<?, ?> failover ? java.util.Optional.of(failover)
                : java.util.Optional.empty();
    }

    private static double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : 0;
    }
}
