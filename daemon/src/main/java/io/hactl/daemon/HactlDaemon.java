package io.hactl.daemon;

import io.hactl.config.ClusterConfig;
import io.hactl.cib.verify.InstalledAgents;
import io.hactl.config.ConfigReport;
import io.hactl.control.ControlServer;
import io.hactl.control.SystemdNotifier;
import io.hactl.lifecycle.ServiceNotifier;
import io.hactl.lifecycle.WatchdogPinger;
import io.hactl.lifecycle.WatchdogSettings;
import io.hactl.metrics.ClusterMetrics;
import java.util.Optional;
import io.hactl.config.HaCf;
import io.hactl.membership.FailureDetectorSettings;
import io.hactl.membership.Generation;
import io.hactl.membership.MediaMapping;
import io.hactl.cib.store.CibStore;
import io.hactl.cib.xml.XmlElement;
import io.hactl.controller.Controller;
import io.hactl.executor.AgentDirectories;
import io.hactl.executor.ExecutorSettings;
import io.hactl.executor.ResourceExecutor;
import io.hactl.executor.ThreadScheduling;
import io.hactl.membership.Membership;
import io.hactl.membership.MembershipQuery;
import io.hactl.membership.NodeEventListener;
import io.hactl.membership.Transport;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires hactld's components in one place, from a loaded {@link ClusterConfig}. No static state: a test can start
 * several daemons in one JVM, each with its own configuration.
 */
public final class HactlDaemon implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(HactlDaemon.class);

    /** How long a stopping daemon waits for its resources to move away before it leaves anyway. */
    static final Duration HAND_OVER_TIMEOUT = Duration.ofMinutes(2);
    /** Previous CIB versions kept beside the current one. */
    static final int CIB_VERSIONS_KEPT = 10;

    private final ClusterConfig config;
    private final DaemonOptions options;
    private final Membership membership;
    private final ServiceNotifier notifier;
    private final Optional<ClusterMetrics> metrics;
    private final Optional<WatchdogPinger> watchdog;
    private final Respawner respawner;
    private final Optional<ControlServer> control;
    private final Controller controller;
    private final ResourceExecutor executor;
    private final ThreadScheduling scheduling;

    private HactlDaemon(ClusterConfig config, DaemonOptions options, Membership membership, ServiceNotifier notifier,
            Optional<ClusterMetrics> metrics, Optional<WatchdogPinger> watchdog, Respawner respawner,
            Optional<ControlServer> control, Controller controller, ResourceExecutor executor,
            ThreadScheduling scheduling) {
        this.config = config;
        this.options = options;
        this.membership = membership;
        this.notifier = notifier;
        this.metrics = metrics;
        this.watchdog = watchdog;
        this.respawner = respawner;
        this.control = control;
        this.controller = controller;
        this.executor = executor;
        this.scheduling = scheduling;
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
     * Applies ha.cf's logging, derives the membership settings, joins the cluster and returns once this node is in a
     * view and its control socket listens, having told systemd it is ready. Membership changes are logged (and
     * counted, with metrics on) from then on.
     */
    public static HactlDaemon start(ClusterConfig config, DaemonOptions options, Clock clock,
            NodeEventListener... listeners) throws StartFailure {
        DaemonLogging.apply(config.haCf().logging(), config.localNode());
        Membership.Settings settings = membershipSettings(config, clock, interfaces(options),
                options.stateDir().map(d -> d.resolve("generation")));
        Membership membership = new Membership(settings, clock, System::nanoTime);
        Optional<CibStore> store = options.stateDir().map(d -> new CibStore(d, CIB_VERSIONS_KEPT));
        XmlElement initialCib;
        try {
            initialCib = InitialCib.choose(config, store);
        } catch (java.io.IOException | RuntimeException e) {
            throw new StartFailure("cannot read the CIB: " + e.getMessage(), true, e);
        }
        ThreadScheduling scheduling = ThreadScheduling.systemClock();
        ResourceExecutor executor = new ResourceExecutor(options.agents(), ExecutorSettings.defaults(), scheduling,
                options.environment().isEmpty() ? System.getenv() : options.environment());
        Controller controller;
        try {
            controller = new Controller(config.localNode(), Set.copyOf(config.haCf().nodeNames()), membership,
                    membership, executor, store, config.cibFile(), initialCib, clock);
        } catch (IllegalArgumentException e) {
            executor.close();
            scheduling.close();
            throw new StartFailure(e.getMessage(), true, e);
        }
        controller.attach(membership);
        ServiceNotifier notifier = SystemdNotifier.fromEnvironment(options.environment());
        for (NodeEventListener listener : listeners) {
            membership.addListener(listener);
        }
        membership.addListener(event -> notifier.status(statusLine(membership)));
        Optional<ClusterMetrics> metrics = Optional.empty();
        try {
            if (options.metrics().isPresent()) {
                metrics = Optional.of(ClusterMetrics.serve(options.metrics().get(), membership, controller, executor));
                membership.addListener(metrics.get().membershipListener());
            }
            membership.start();
            controller.start();
        } catch (Exception e) {
            controller.close();
            executor.close();
            scheduling.close();
            membership.close();
            metrics.ifPresent(ClusterMetrics::close);
            throw new StartFailure("cannot " + (e instanceof java.io.IOException ? "serve metrics" : "join the cluster")
                    + ": " + e.getMessage(), false, e);
        }
        Optional<ControlServer> control = Optional.empty();
        if (options.controlSocket().isPresent()) {
            try {
                control = Optional.of(ControlSockets.open(options.controlSocket().get(), config, membership,
                        controller, new InstalledAgents(options.agents().ocfRoot(), options.agents().initDir(),
                                options.agents().heartbeatDir())));
            } catch (java.io.IOException e) {
                membership.leave();
                metrics.ifPresent(ClusterMetrics::close);
                throw new StartFailure("cannot open the control socket: " + e.getMessage(), false, e);
            }
        }
        log.atInfo().setMessage("hactld running").addKeyValue("node", config.localNode())
                .addKeyValue("dc", membership.view().dc()).log();
        Respawner respawner = new Respawner(config.haCf().respawnEnvironment(), Duration.ofSeconds(1), clock);
        respawner.start(config.haCf().respawns());
        notifier.ready(statusLine(membership));
        Optional<WatchdogPinger> watchdog = WatchdogSettings.fromEnvironment(options.environment(), ProcessHandle.current().pid())
                .map(w -> WatchdogPinger.start(w, notifier, () -> membership.view().contains(config.localNode())));
        return new HactlDaemon(config, options, membership, notifier, metrics, watchdog, respawner, control,
                controller, executor, scheduling);
    }

    /**
     * The check made at start-up and on every reload. It looks agents up on disk only; reading every agent's
     * meta-data is left to {@code hactl config verify}, so a start never waits on an agent.
     */
    public static ConfigurationCheck configurationCheck(AgentDirectories agents) {
        return new ConfigurationCheck(new InstalledAgents(agents.ocfRoot(), agents.initDir(), agents.heartbeatDir()));
    }

    /** What {@code systemctl status hactld} shows: "node ast1, DC ast1, 2 of 2 nodes in the cluster". */
    static String statusLine(MembershipQuery membership) {
        return "node " + membership.localNode() + ", DC " + (membership.view().dc().isEmpty() ? "none" : membership.view().dc())
                + ", " + membership.view().members().size() + " of " + membership.nodes().size() + " nodes in the cluster";
    }

    /** ha.cf's interface as it is, or only the address given with {@code --bind}. */
    private static MediaMapping.Interfaces interfaces(DaemonOptions options) {
        return options.heartbeatAddress()
                .<MediaMapping.Interfaces>map(address -> device -> java.util.List.of(address))
                .orElse(MediaMapping.Interfaces.system());
    }

    static Membership.Settings membershipSettings(ClusterConfig config, Clock clock, MediaMapping.Interfaces nics,
            Optional<java.nio.file.Path> generationFile) throws StartFailure {
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
        // Anti-replay generation: grows at every start, kept beside the daemon's CIB (see Generation).
        long generation = Generation.next(generationFile, clock);
        return new Membership.Settings(config.localNode(), Set.copyOf(haCf.nodeNames()),
                haCf.autojoin().admitsUnlistedNodes(), transport, timing, config.authKeys(), generation, haCf.compression());
    }

    public MembershipQuery membership() {
        return membership;
    }

    /**
     * Re-reads the configuration ({@code systemctl reload hactld}). An invalid one is refused and the running one
     * kept; a valid one applies its logging at once, and says which other changes wait for a restart.
     */
    public synchronized void reload() {
        notifier.reloading();
        ConfigReport<ClusterConfig> report = configurationCheck(options.agents()).run(options.configDir(), options.loadOptions());
        if (!report.isValid()) {
            log.atError().log("reload refused: the configuration in " + options.configDir()
                    + " is invalid; the running configuration is kept");
            report.errors().forEach(problem -> log.error("  {}", problem));
        } else {
            ClusterConfig next = report.get();
            DaemonLogging.apply(next.haCf().logging(), next.localNode());
            report.warnings().forEach(problem -> log.warn("  {}", problem));
            ReloadDifferences.between(config, next).forEach(change -> log.atWarn()
                    .log(change + " changed: takes effect when hactld restarts (restart one node at a time)"));
            log.atInfo().log("configuration reloaded from " + options.configDir());
        }
        notifier.ready(statusLine(membership));
    }

    /**
     * Hands this node's resources over (they stop here and start on a survivor, or just stop when none is left),
     * then leaves the cluster cleanly: peers record this node as left, not dead.
     */
    public void stop() {
        notifier.stopping();
        log.atInfo().setMessage("hactld stopping: handing resources over").addKeyValue("node", membership.localNode())
                .log();
        respawner.close();
        controller.shutdown(HAND_OVER_TIMEOUT);
        watchdog.ifPresent(WatchdogPinger::close);
        control.ifPresent(ControlServer::close);
        controller.close();
        membership.leave();
        executor.close();
        scheduling.close();
        metrics.ifPresent(ClusterMetrics::close);
    }

    public Controller controller() {
        return controller;
    }

    @Override
    public void close() {
        stop();
    }
}
