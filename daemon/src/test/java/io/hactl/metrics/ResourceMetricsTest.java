package io.hactl.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.hactl.cib.CibSnapshot;
import io.hactl.cib.xml.CibFiles;
import io.hactl.executor.AgentOutput;
import io.hactl.executor.AgentRef;
import io.hactl.executor.ExecStatus;
import io.hactl.executor.OcfRc;
import io.hactl.executor.Operation;
import io.hactl.executor.OperationResult;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The resource part of the scrape, over real HTTP, for the seed cluster after Asterisk failed twice. */
class ResourceMetricsTest {
    private static final Instant NOW = Instant.ofEpochSecond(1_767_225_600L);

    @Test
    void servesResourceStateFailCountsOperationsAndFailovers() throws Exception {
        CibSnapshot cib = new CibFiles().load(
                Path.of("src/test/resources/status/seed-asterisk-failed-twice-threshold-2/cib.xml")).get();
        Map<String, Object> notes = Map.of("failovers", 3L, "last_failover",
                Map.of("at", 1_767_225_580_000L, "took_ms", 312L));
        PrometheusRegistry registry = new PrometheusRegistry();
        ResourceMetrics metrics = new ResourceMetrics(() -> cib, () -> notes, Clock.fixed(NOW, ZoneOffset.UTC),
                registry);
        AgentRef agent = AgentRef.parse("lsb:asterisk");
        metrics.operationFinished(new OperationResult("failover-asterisk", agent,
                Operation.monitor(Duration.ofSeconds(15), Duration.ofSeconds(20)), ExecStatus.DONE, OcfRc.NOT_RUNNING,
                3, "", NOW, Duration.ZERO, Duration.ofMillis(40), AgentOutput.NONE, ""));
        metrics.operationFinished(new OperationResult("failover-asterisk", agent,
                Operation.of("monitor", Duration.ofSeconds(20)), ExecStatus.DONE, OcfRc.NOT_RUNNING,
                3, "", NOW, Duration.ZERO, Duration.ofMillis(30), AgentOutput.NONE, ""));

        try (MetricsEndpoint endpoint = MetricsEndpoint.start(new InetSocketAddress("127.0.0.1", 0), registry)) {
            String body = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + endpoint.port() + "/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();

            assertThat(body.lines()).contains(
                    "hactl_resource_state{resource=\"failover-ip\",state=\"started\"} 1.0",
                    "hactl_resource_state{resource=\"failover-asterisk\",state=\"failed\"} 1.0",
                    "hactl_resource_running{node=\"ast1\",resource=\"failover-asterisk\"} 1.0",
                    "hactl_resource_fail_count{node=\"ast1\",resource=\"failover-asterisk\"} 2.0",
                    "hactl_operations_total{operation=\"monitor\",outcome=\"failed\",resource=\"failover-asterisk\"} 1.0",
                    "hactl_operations_total{operation=\"probe\",outcome=\"ok\",resource=\"failover-asterisk\"} 1.0",
                    "hactl_operation_duration_seconds_count{operation=\"monitor\",resource=\"failover-asterisk\"} 1",
                    "hactl_failovers_total 3.0",
                    "hactl_last_failover_duration_seconds 0.312",
                    "hactl_last_failover_timestamp_seconds 1.76722558E9");
        }
    }
}
