package io.hactl.metrics;

import io.hactl.controller.Controller;
import io.hactl.executor.ResourceExecutor;
import java.time.Clock;
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

    /**
     * @param controller the CIB and notes resource metrics read when scraped
     * @param executor   whose operations are counted and timed
     */
    public static ClusterMetrics serve(InetSocketAddress address, MembershipQuery membershipQuery,
            Controller controller, ResourceExecutor executor) throws IOException {
        PrometheusRegistry registry = new PrometheusRegistry();
        MembershipMetrics membership = new MembershipMetrics(membershipQuery, registry);
        ResourceMetrics resources = new ResourceMetrics(() -> controller.snapshot().cib(),
                () -> controller.snapshot().notes(), Clock.systemUTC(), registry);
        executor.subscribe(resources);
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
