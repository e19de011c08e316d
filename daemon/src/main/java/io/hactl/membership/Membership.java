package io.hactl.membership;

import io.hactl.config.AuthKeys;
import io.hactl.config.AuthMethod;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.jgroups.Address;
import org.jgroups.JChannel;
import org.jgroups.MergeView;
import org.jgroups.Message;
import org.jgroups.Receiver;
import org.jgroups.View;
import org.jgroups.util.NameCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This node's membership in the cluster: the JGroups channel built from ha.cf, and the one thread
 * ({@code hactl-membership}) that owns membership state. JGroups callbacks only enqueue work on that thread (never
 * blocking {@code viewAccepted}); listeners are called from it, one event at a time.
 */
public final class Membership implements MembershipQuery, ClusterMessages, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Membership.class);

    /** Cluster name on the wire; clusters are told apart by their authkeys, not by this. */
    static final String CLUSTER = "hactl";

    /**
     * What membership needs to know, already resolved from ha.cf and authkeys.
     *
     * @param generation grows from one start of this node to the next (anti-replay); the daemon uses the wall
     *                   clock in milliseconds at start-up
     */
    /** @param compression ha.cf's compression: messages above its threshold are deflated; empty for none */
    public record Settings(String localNode, Set<String> listedNodes, boolean autojoin, Transport transport,
            FailureDetectorSettings timing, AuthKeys authKeys, long generation,
            java.util.Optional<io.hactl.config.Compression> compression) {
        public Settings {
            listedNodes = Set.copyOf(listedNodes);
        }
    }

    private final Settings settings;
    private final Clock clock;
    private final LongSupplier nanoTime;
    private final List<NodeEventListener> listeners = new CopyOnWriteArrayList<>();
    private final List<MessageListener> messageListeners = new CopyOnWriteArrayList<>();
    private final List<java.util.function.Consumer<ClusterView>> viewListeners = new CopyOnWriteArrayList<>();
    private final MembershipState state;
    private final HeartbeatAges ages;
    private final AuthkeysProtocol authkeys;
    private final ScheduledExecutorService thread;
    private final Map<String, Address> addresses = new HashMap<>();
    private final Farewell farewell = new Farewell();
    private volatile Snapshot snapshot;
    private JChannel channel;
    private long startedNanos;

    /** What queries read: replaced wholesale by the membership thread after every change. */
    private record Snapshot(ClusterView view, List<NodeStatus> nodes, Map<String, Address> addresses) {}

    public Membership(Settings settings, Clock clock, LongSupplier nanoTime) {
        this.settings = settings;
        this.clock = clock;
        this.nanoTime = nanoTime;
        FailureDetectorSettings fd = settings.timing();
        this.state = new MembershipState(settings.localNode(), settings.listedNodes(), fd.warntime(), fd.initdead());
        this.ages = new HeartbeatAges(nanoTime);
        this.authkeys = new AuthkeysProtocol(new Authenticator(settings.authKeys()), settings.localNode(),
                settings.generation(), node -> settings.autojoin() || settings.listedNodes().contains(node),
                new RejectionLog(clock, Duration.ofSeconds(10)));
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "hactl-membership-" + settings.localNode());
            t.setDaemon(true);
            return t;
        });
        this.snapshot = new Snapshot(ClusterView.none(), List.of(), Map.of());
    }

    public void addListener(NodeEventListener listener) {
        listeners.add(listener);
    }

    /** Builds the channel and joins (or forms) the cluster. Returns once this node is in a view. */
    public void start() throws Exception {
        if (settings.authKeys().active().method() == AuthMethod.CRC) {
            log.atWarn().setMessage("authkeys uses crc: cluster messages are checked for corruption only; anyone who "
                    + "can reach the cluster port can forge them. Use sha256 or sha1 with a secret.")
                    .addKeyValue("file", settings.authKeys().file()).log();
        }
        FailureDetectorSettings fd = settings.timing();
        channel = ChannelStack.build(settings.transport(), fd, authkeys, ages, settings.compression());
        channel.setName(settings.localNode());
        channel.setDiscardOwnMessages(true);
        channel.setReceiver(new Receiver() {
            @Override
            public void viewAccepted(View view) {
                ClusterView ours = toClusterView(view);
                Map<String, Address> members = new HashMap<>();
                view.getMembers().forEach(a -> members.put(nameOf(a), a));
                enqueue(() -> onView(ours, members, view));
            }

            @Override
            public void receive(Message msg) {
                if (Farewell.isGoodbye(msg)) {
                    String node = nameOf(msg.getSrc());
                    Address from = msg.getSrc();
                    // Queue first, acknowledge second: the goodbye is then handled before the view without the node.
                    enqueue(() -> state.farewell(node));
                    try {
                        Farewell.acknowledge(channel, from);
                    } catch (Exception e) {
                        log.atDebug().setMessage("could not acknowledge a goodbye").addKeyValue("node", node).log();
                    }
                } else if (Farewell.isAck(msg)) {
                    farewell.acknowledged(msg.getSrc());
                } else if (msg.hasArray()) {
                    String from = nameOf(msg.getSrc());
                    byte[] body = java.util.Arrays.copyOfRange(msg.getArray(), msg.getOffset(),
                            msg.getOffset() + msg.getLength());
                    enqueue(() -> deliver(from, body));
                }
            }
        });
        startedNanos = nanoTime.getAsLong();
        log.atInfo().setMessage("joining cluster")
                .addKeyValue("node", settings.localNode())
                .addKeyValue("transport", settings.transport())
                .addKeyValue("keepalive", FailureDetectorSettings.ms(fd.keepalive()))
                .addKeyValue("warntime", FailureDetectorSettings.ms(fd.warntime()))
                .addKeyValue("deadtime", FailureDetectorSettings.ms(fd.deadtime()))
                .addKeyValue("initdead", FailureDetectorSettings.ms(fd.initdead()))
                .addKeyValue("fd_all3_timeout", FailureDetectorSettings.ms(fd.fdTimeout()))
                .addKeyValue("verify_suspect_timeout", FailureDetectorSettings.ms(fd.verifyTimeout()))
                .log();
        channel.connect(CLUSTER);
        // connect() returns after the first viewAccepted was enqueued; wait until it is processed so callers
        // see the view they joined.
        thread.submit(() -> { }).get(fd.deadtime().toMillis() + 1000, TimeUnit.MILLISECONDS);
        long period = fd.keepalive().toNanos();
        thread.scheduleAtFixedRate(this::tick, period, period, TimeUnit.NANOSECONDS);
    }

    @Override
    public void addMessageListener(MessageListener listener) {
        messageListeners.add(listener);
    }

    @Override
    public boolean send(String node, byte[] body) {
        Address to = snapshot.addresses().get(node);
        if (to == null || !snapshot.view().contains(node) || channel == null || !channel.isConnected()) {
            log.atDebug().setMessage("message dropped: node not in the view").addKeyValue("node", node).log();
            return false;
        }
        try {
            channel.send(new org.jgroups.BytesMessage(to, body));
            return true;
        } catch (Exception e) {
            log.atWarn().setMessage("could not send to a member").addKeyValue("node", node)
                    .addKeyValue("error", e.toString()).log();
            return false;
        }
    }

    @Override
    public void broadcast(byte[] body) {
        if (channel == null || !channel.isConnected()) {
            return;
        }
        try {
            channel.send(new org.jgroups.BytesMessage(null, body));
        } catch (Exception e) {
            log.atWarn().setMessage("could not send to the cluster").addKeyValue("error", e.toString()).log();
        }
    }

    private void deliver(String from, byte[] body) {
        for (MessageListener listener : messageListeners) {
            try {
                listener.onMessage(from, body);
            } catch (RuntimeException e) {
                log.atError().setMessage("message listener failed").addKeyValue("from", from).setCause(e).log();
            }
        }
    }

    /** Says goodbye, leaves the view and closes the channel: peers see {@link NodeEvent.Left}, not Dead. */
    public void leave() {
        if (channel == null || channel.isClosed()) {
            thread.shutdownNow();
            return;
        }
        try {
            if (channel.isConnected()) {
                Set<Address> silent = farewell.announce(channel, settings.timing().leaveTimeout());
                if (!silent.isEmpty()) {
                    log.atWarn().setMessage("leaving without every goodbye acknowledged; those nodes will report this "
                            + "one dead").addKeyValue("nodes", silent.stream().map(Membership::nameOf).toList()).log();
                }
            }
        } catch (Exception e) {
            log.atWarn().setMessage("could not announce leaving; peers will see this node as dead")
                    .addKeyValue("error", e.toString()).log();
        }
        log.atInfo().setMessage("leaving cluster").addKeyValue("node", settings.localNode()).log();
        channel.disconnect();
        channel.close();
        thread.shutdownNow();
    }

    @Override
    public void close() {
        leave();
    }

    /** Simulates a crash for tests: the channel closes without a goodbye or a LEAVE. */
    public void crashForTests() throws Exception {
        thread.shutdownNow();
        org.jgroups.util.Util.shutdown(channel);
    }

    JChannel channel() {
        return channel;
    }

    /** Hands work to the membership thread; after shutdown (a late JGroups callback) there is nothing to do. */
    private void enqueue(Runnable work) {
        try {
            thread.execute(work);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            log.atDebug().setMessage("membership stopped; callback ignored").log();
        }
    }

    private void onView(ClusterView view, Map<String, Address> members, View raw) {
        addresses.putAll(members);
        List<NodeEvent> events = state.onView(view, this::ageOf);
        logView(view, raw);
        publish(events);
        for (java.util.function.Consumer<ClusterView> listener : viewListeners) {
            listener.accept(view);
        }
    }

    /**
     * Called on the membership thread after every view is installed, after its node events, even for views that
     * raise none (this node's first view, a merge): return quickly.
     */
    public void addViewListener(java.util.function.Consumer<ClusterView> listener) {
        viewListeners.add(listener);
    }

    private void tick() {
        try {
            Duration sinceStart = Duration.ofNanos(nanoTime.getAsLong() - startedNanos);
            publish(state.onTick(sinceStart, this::ageOf));
        } catch (RuntimeException e) {
            log.atError().setMessage("membership check failed").setCause(e).log();
        }
    }

    private void publish(List<NodeEvent> events) {
        snapshot = new Snapshot(state.view(), state.statuses(n -> Optional.empty()), Map.copyOf(addresses));
        for (NodeEvent event : events) {
            NodeEventLog.log(event, settings.timing(), clock.instant());
            for (NodeEventListener listener : listeners) {
                try {
                    listener.onNodeEvent(event);
                } catch (RuntimeException e) {
                    log.atError().setMessage("node event listener failed").addKeyValue("event", event).setCause(e).log();
                }
            }
        }
    }

    private void logView(ClusterView view, View raw) {
        if (raw instanceof MergeView merge) {
            List<List<String>> sides = new ArrayList<>();
            merge.getSubgroups().forEach(g -> sides.add(g.getMembers().stream().map(Membership::nameOf).toList()));
            log.atWarn().setMessage("partition healed: subgroups merged into one view; the dc of the merged view "
                    + "decides placement from here")
                    .addKeyValue("view", view.id()).addKeyValue("dc", view.dc())
                    .addKeyValue("subgroups", sides).addKeyValue("members", view.members()).log();
        } else {
            log.atInfo().setMessage("membership view").addKeyValue("view", view.id()).addKeyValue("dc", view.dc())
                    .addKeyValue("members", view.members()).log();
        }
    }

    private Optional<Duration> ageOf(String node) {
        Address address = addresses.get(node);
        return address == null ? Optional.empty() : ages.age(address);
    }

    private static ClusterView toClusterView(View view) {
        List<String> names = view.getMembers().stream().map(Membership::nameOf).distinct().toList();
        return new ClusterView(view.getViewId().getId(), names.isEmpty() ? "" : names.get(0), names,
                view instanceof MergeView);
    }

    private static String nameOf(Address address) {
        String name = NameCache.get(address);
        return name != null ? name : String.valueOf(address);
    }

    @Override
    public String localNode() {
        return settings.localNode();
    }

    @Override
    public ClusterView view() {
        return snapshot.view();
    }

    @Override
    public List<NodeStatus> nodes() {
        Snapshot s = snapshot;
        return s.nodes().stream().map(n -> {
            Address a = s.addresses().get(n.node());
            Optional<Duration> age = n.state() == NodeStatus.State.LOCAL || a == null ? Optional.empty() : ages.age(a);
            return new NodeStatus(n.node(), n.state(), n.listed(), age);
        }).toList();
    }

    @Override
    public AuthStats authStats() {
        return authkeys.stats();
    }

    /** When this node started, for status output. */
    public Instant startedAt() {
        return clock.instant().minusNanos(nanoTime.getAsLong() - startedNanos);
    }

    /** The JGroups protocols in the running stack, bottom to top: for tests that check how ha.cf shaped it. */
    List<String> protocolNames() {
        List<org.jgroups.stack.Protocol> protocols = new java.util.ArrayList<>(channel.getProtocolStack().getProtocols());
        java.util.Collections.reverse(protocols);
        return protocols.stream().map(org.jgroups.stack.Protocol::getName).toList();
    }
}
