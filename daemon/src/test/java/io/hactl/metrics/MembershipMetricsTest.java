package io.hactl.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hactl.membership.AuthStats;
import io.hactl.membership.ClusterView;
import io.hactl.membership.MembershipQuery;
import io.hactl.membership.NodeEvent;
import io.hactl.membership.NodeStatus;
import io.hactl.membership.Rejection;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The scrape an operator's Prometheus gets, over real HTTP on loopback. */
class MembershipMetricsTest {

    /** Membership as two nodes see it: ast1 is dc, ast2 was heard 250 ms ago; three forged datagrams dropped. */
    static final class TwoNodeView implements MembershipQuery {
        final ClusterView view = new ClusterView(4, "ast1", List.of("ast1", "ast2"), false);

        @Override
        public String localNode() {
            return "ast1";
        }

        @Override
        public ClusterView view() {
            return view;
        }

        @Override
        public List<NodeStatus> nodes() {
            return List.of(new NodeStatus("ast1", NodeStatus.State.LOCAL, true, Optional.empty()),
                    new NodeStatus("ast2", NodeStatus.State.ACTIVE, true, Optional.of(Duration.ofMillis(250))));
        }

        @Override
        public AuthStats authStats() {
            return new AuthStats(120, Map.of(Rejection.values()[0], 3L));
        }
    }

    @Test
    void servesMembershipOnLocalhost() throws Exception {
        PrometheusRegistry registry = new PrometheusRegistry();
        TwoNodeView membership = new TwoNodeView();
        MembershipMetrics metrics = new MembershipMetrics(membership, registry);
        metrics.onNodeEvent(new NodeEvent.Joined("ast2", membership.view));
        metrics.onNodeEvent(new NodeEvent.Late("ast2", Duration.ofMillis(1200), membership.view));
        metrics.onNodeEvent(new NodeEvent.Late("ast2", Duration.ofMillis(1300), membership.view));

        try (MetricsEndpoint endpoint = MetricsEndpoint.start(new InetSocketAddress("127.0.0.1", 0), registry)) {
            String body = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + endpoint.port() + "/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();

            assertThat(body.lines()).contains(
                    "hactl_membership_size 2.0",
                    "hactl_dc{node=\"ast1\"} 1.0",
                    "hactl_nodes{node=\"ast2\",status=\"active\"} 1.0",
                    "hactl_node_last_heard_seconds{node=\"ast2\"} 0.25",
                    "hactl_node_events_total{event=\"late\",node=\"ast2\"} 2.0",
                    "hactl_node_events_total{event=\"joined\",node=\"ast2\"} 1.0",
                    "hactl_auth_accepted_messages_total 120.0",
                    "hactl_auth_rejected_messages_total{reason=\"" + Rejection.values()[0].name().toLowerCase() + "\"} 3.0");
        }
    }

    @Test
    void readsTheMetricsAddress() {
        assertThat(MetricsAddress.parse("9664")).isEqualTo(new InetSocketAddress("127.0.0.1", 9664));
        assertThat(MetricsAddress.parse("10.0.0.1:9100")).isEqualTo(new InetSocketAddress("10.0.0.1", 9100));
        assertThatThrownBy(() -> MetricsAddress.parse("localhost:x")).hasMessageStartingWith("'localhost:x' has no port number");
        assertThatThrownBy(() -> MetricsAddress.parse("70000")).hasMessageStartingWith("port 70000 is out of range");
        assertThatThrownBy(() -> MetricsAddress.parse("example.org:9100")).hasMessageStartingWith("'example.org' is not an IP address");
    }
}
