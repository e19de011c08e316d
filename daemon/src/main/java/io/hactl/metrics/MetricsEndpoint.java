package io.hactl.metrics;

import io.prometheus.metrics.exporter.httpserver.HTTPServer;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.net.InetSocketAddress;

/**
 * The optional Prometheus endpoint ({@code /metrics}, {@code /-/healthy}). Off unless hactld is started with
 * {@code --metrics}; bound to localhost unless the admin names another address, because cluster state is
 * nobody else's business by default.
 */
public final class MetricsEndpoint implements AutoCloseable {
    private final HTTPServer server;

    private MetricsEndpoint(HTTPServer server) {
        this.server = server;
    }

    public static MetricsEndpoint start(InetSocketAddress address, PrometheusRegistry registry) throws IOException {
        return new MetricsEndpoint(HTTPServer.builder()
                .inetAddress(address.getAddress())
                .port(address.getPort())
                .registry(registry)
                .buildAndStart());
    }

    /** The port actually bound (useful with port 0 in tests). */
    public int port() {
        return server.getPort();
    }

    @Override
    public void close() {
        server.close();
    }
}
