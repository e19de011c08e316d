package io.hactl.metrics;

import io.hactl.membership.AuthStats;
import io.hactl.membership.MembershipQuery;
import io.hactl.membership.NodeEvent;
import io.hactl.membership.NodeEventListener;
import io.hactl.membership.Rejection;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.CounterWithCallback;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.Locale;

/**
 * Membership as Prometheus sees it. Event counts are counted as events arrive (on the membership thread, which
 * only increments); everything else is read from {@link MembershipQuery} when scraped.
 */
public final class MembershipMetrics implements NodeEventListener {
    private final Counter events;

    public MembershipMetrics(MembershipQuery membership, PrometheusRegistry registry) {
        events = Counter.builder()
                .name("hactl_node_events_total")
                .help("Membership events per node: joined, late (heartbeat later than warntime), dead, left")
                .labelNames("node", "event")
                .register(registry);
        GaugeWithCallback.builder()
                .name("hactl_membership_size")
                .help("Nodes in the current view")
                .callback(cb -> cb.call(membership.view().members().size()))
                .register(registry);
        GaugeWithCallback.builder()
                .name("hactl_dc")
                .help("1 for the node that is the designated coordinator in this node's view")
                .labelNames("node")
                .callback(cb -> {
                    if (!membership.view().dc().isEmpty()) {
                        cb.call(1, membership.view().dc());
                    }
                })
                .register(registry);
        GaugeWithCallback.builder()
                .name("hactl_nodes")
                .help("Each node's state as this node sees it (1 for the current state)")
                .labelNames("node", "status")
                .callback(cb -> membership.nodes().forEach(n -> cb.call(1, n.node(), n.state().name().toLowerCase(Locale.ROOT))))
                .register(registry);
        GaugeWithCallback.builder()
                .name("hactl_node_last_heard_seconds")
                .help("Age of the last authenticated message from each peer")
                .labelNames("node")
                .callback(cb -> membership.nodes().forEach(n -> n.lastHeard()
                        .ifPresent(age -> cb.call(age.toNanos() / 1e9, n.node()))))
                .register(registry);
        CounterWithCallback.builder()
                .name("hactl_auth_accepted_messages")
                .help("Cluster datagrams whose authkeys authenticator, sender and sequence were good")
                .callback(cb -> cb.call(membership.authStats().accepted()))
                .register(registry);
        CounterWithCallback.builder()
                .name("hactl_auth_rejected_messages")
                .help("Cluster datagrams dropped by the authkeys layer, by reason")
                .labelNames("reason")
                .callback(cb -> {
                    AuthStats stats = membership.authStats();
                    for (Rejection reason : Rejection.values()) {
                        cb.call(stats.rejected(reason), reason.name().toLowerCase(Locale.ROOT));
                    }
                })
                .register(registry);
    }

    @Override
    public void onNodeEvent(NodeEvent event) {
        events.labelValues(event.node(), kind(event)).inc();
    }

    private static String kind(NodeEvent event) {
        if (event instanceof NodeEvent.Joined) {
            return "joined";
        }
        if (event instanceof NodeEvent.Late) {
            return "late";
        }
        return event instanceof NodeEvent.Dead ? "dead" : "left";
    }

}
