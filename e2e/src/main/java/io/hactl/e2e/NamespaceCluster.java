package io.hactl.e2e;

import io.hactl.lab.CommandResult;
import io.hactl.lab.Reply;
import io.hactl.lab.SipProber;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The demo's cluster as root: the {@link SipCluster} in namespaces, watched by a SIP caller in the client's. */
final class NamespaceCluster implements DemoCluster {

    private final SipCluster cluster;
    private SipProber prober;

    NamespaceCluster(SipCluster cluster) {
        this.cluster = cluster;
    }

    @Override
    public String describe() {
        return cluster.spec().nodes() + " hosts (network namespaces ast1-" + cluster.spec().nodes()
                + ") running the group " + ClusterSpec.GROUP + ": VIP " + cluster.vip()
                + " and kamailio; a caller in the client namespace sends SIP OPTIONS to the VIP every 10 ms";
    }

    @Override
    public int nodes() {
        return cluster.spec().nodes();
    }

    @Override
    public void startAll() {
        prober = SipProber.start(cluster.lab(), cluster.vip());
        cluster.startAll();
    }

    @Override
    public Optional<String> serving() {
        return prober.timeline().lastAnswer().map(Reply::node);
    }

    @Override
    public Optional<Duration> outageAround(Instant fault) {
        return Optional.of(prober.timeline().outageAround(fault).outage());
    }

    @Override
    public boolean settled() {
        return cluster.announcementsDone();
    }

    @Override
    public void loseNode(int n) {
        cluster.loseNode(n);
    }

    @Override
    public void restoreNode(int n) {
        cluster.restoreNode(n);
    }

    @Override
    public boolean isLost(int n) {
        return cluster.isLost(n);
    }

    @Override
    public void crashService(int n) {
        cluster.killService(n);
    }

    @Override
    public CommandResult hactl(int n, String... args) {
        return cluster.hactl(n, args);
    }

    @Override
    public Path controlSocket(int n) {
        return cluster.controlSocket(n);
    }

    @Override
    public void close() {
        if (prober != null) {
            prober.close();
        }
        cluster.close();
    }
}
