package io.hactl.metrics;

import io.hactl.membership.MembershipQuery;
import io.hactl.membership.NodeEventListener;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.net.InetSocketAddress;

/** Everything hactld exports to Prometheus, and the endpoint serving it. The daemon sees no Prometheus type. */
public final class ClusterMetrics implements AutoCloseable {
    private final MembershipMetrics membership;
    private final MetricsEndpoint endpoint;

    private ClusterMetrics(MembershipMetrics membership, MetricsEndpoint endpoint) {
        this.membership = membership;
        this.endpoint = endpoint;
    }

    public static ClusterMetrics serve(InetSocketAddress address, MembershipQuery membershipQuery) throws IOException {
        PrometheusRegistry registry = new PrometheusRegistry();
        MembershipMetrics membership = new MembershipMetrics(membershipQuery, registry);
        return new ClusterMetrics(membership, MetricsEndpoint.start(address, registry));
    }

    /** Counts membership events; register it with membership before it starts. */
    public NodeEventListener membershipListener() {
        return membership;
    }

    public int port() {
        return endpoint.port();
    }

    @Override
    public void close() {
        endpoint.close();
    }
}
