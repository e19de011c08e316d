package io.hactl.daemon;

import io.hactl.config.ClusterConfig;
import io.hactl.config.HaCf;
import io.hactl.membership.FailureDetectorSettings;
import io.hactl.membership.MediaMapping;
import io.hactl.membership.Membership;
import io.hactl.membership.MembershipQuery;
import io.hactl.membership.NodeEventListener;
import io.hactl.membership.Transport;
import java.time.Clock;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires hactld's components in one place, from a loaded {@link ClusterConfig}. No static state: a test can start
 * several daemons in one JVM, each with its own configuration.
 */
public final class HactlDaemon implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(HactlDaemon.class);

    private final Membership membership;

    private HactlDaemon(Membership membership) {
        this.membership = membership;
    }

    /** Why the daemon refused to start: the admin must fix the configuration (exit 78), or something else (100). */
    public static final class StartFailure extends Exception {
        private final boolean configuration;

        StartFailure(String message, boolean configuration, Throwable cause) {
            super(message, cause);
            this.configuration = configuration;
        }

        public boolean isConfiguration() {
            return configuration;
        }
    }

    /**
     * Derives the membership settings from the configuration, joins the cluster and returns once this node is in a
     * view. Membership changes are logged from then on.
     */
    public static HactlDaemon start(ClusterConfig config, Clock clock, NodeEventListener... listeners)
            throws StartFailure {
        Membership.Settings settings = membershipSettings(config, clock, MediaMapping.Interfaces.system());
        Membership membership = new Membership(settings, clock, System::nanoTime);
        for (NodeEventListener listener : listeners) {
            membership.addListener(listener);
        }
        try {
            membership.start();
        } catch (Exception e) {
            membership.close();
            throw new StartFailure("cannot join the cluster: " + e.getMessage(), false, e);
        }
        log.atInfo().setMessage("hactld running").addKeyValue("node", config.localNode())
                .addKeyValue("dc", membership.view().dc()).log();
        return new HactlDaemon(membership);
    }

    static Membership.Settings membershipSettings(ClusterConfig config, Clock clock, MediaMapping.Interfaces nics)
            throws StartFailure {
        HaCf haCf = config.haCf();
        if (!haCf.hasNode(config.localNode()) && !haCf.autojoin().admitsUnlistedNodes()) {
            throw new StartFailure(haCf.file() + ": node " + config.localNode() + " is not listed and autojoin is none;"
                    + " add \"node " + config.localNode() + "\" or start with --node-name and a listed name", true, null);
        }
        FailureDetectorSettings timing;
        Transport transport;
        try {
            timing = FailureDetectorSettings.fromHaCf(haCf.timings());
            transport = new MediaMapping(nics).transportFor(haCf.media());
        } catch (IllegalArgumentException e) {
            throw new StartFailure(haCf.file() + ": " + e.getMessage(), true, e);
        }
        // Anti-replay generation: milliseconds of the wall clock at start, larger at every restart as long as the
        // clock is not stepped back across a restart (Heartbeat kept a counter on disk for the same purpose).
        long generation = clock.millis();
        return new Membership.Settings(config.localNode(), Set.copyOf(haCf.nodeNames()),
                haCf.autojoin().admitsUnlistedNodes(), transport, timing, config.authKeys(), generation);
    }

    /** Adds a listener for node events; called on the membership thread (see {@link NodeEventListener}). */
    public void addListener(NodeEventListener listener) {
        membership.addListener(listener);
    }

    public MembershipQuery membership() {
        return membership;
    }

    /** Leaves the cluster cleanly: peers record this node as left, not dead. */
    public void stop() {
        log.atInfo().setMessage("hactld stopping").addKeyValue("node", membership.localNode()).log();
        membership.leave();
    }

    @Override
    public void close() {
        stop();
    }
}
