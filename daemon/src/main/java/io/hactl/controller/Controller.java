package io.hactl.controller;

import io.hactl.cib.CibSnapshot;
import io.hactl.cib.LrmResource;
import io.hactl.cib.store.CibStore;
import io.hactl.cib.xml.XmlElement;
import io.hactl.cib.xml.XmlFiles;
import io.hactl.config.ConfigProblem;
import io.hactl.controller.ControllerMessage.Action;
import io.hactl.controller.ControllerMessage.ChangeReply;
import io.hactl.controller.ControllerMessage.ChangeRequest;
import io.hactl.controller.ControllerMessage.CibUpdate;
import io.hactl.controller.ControllerMessage.Forget;
import io.hactl.controller.ControllerMessage.JoinOffer;
import io.hactl.controller.ControllerMessage.JoinRequest;
import io.hactl.controller.ControllerMessage.Result;
import io.hactl.executor.ResourceExecutor;
import io.hactl.membership.ClusterMessages;
import io.hactl.membership.ClusterView;
import io.hactl.membership.MembershipQuery;
import io.hactl.membership.NodeEvent;
import io.hactl.membership.NodeEventListener;
import io.hactl.membership.NodeStatus;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The controller of one node (Pacemaker's controld): every node runs what it is asked and reports, and the view
 * coordinator additionally acts as the designated coordinator ({@link Coordinator}). All state lives on one
 * thread ({@code hactl-controller}); membership events, messages, operation results and admin requests are queued
 * to it, so nothing here needs a lock.
 */
public final class Controller implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Controller.class);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneOffset.UTC);
    /**
     * How often the controller looks at its timers (overdue answers, join retries, failure-timeout). Views and
     * node events wake it at once; this only bounds how late a timer fires.
     */
    private static final Duration TICK = Duration.ofMillis(250);

    private final String localNode;
    private final Set<String> listedNodes;
    private final ClusterMessages messages;
    private final MembershipQuery membership;
    private final Clock clock;
    private final ReplicatedCib cib;
    private final LocalResources local;
    private final Map<String, ChangeHandler> handlers;
    private final ScheduledExecutorService thread;
    private final Map<Long, CompletableFuture<ChangeReply>> waitingReplies = new HashMap<>();
    private final AtomicLong requests = new AtomicLong();
    private volatile Snapshot published;
    private Coordinator coordinator;
    private ClusterView lastView = ClusterView.none();
    private Optional<Cause> lastCause = Optional.empty();
    private Map<String, Object> notes = Map.of();
    private volatile boolean shuttingDown;

    /** What readers on other threads see: replaced after every change. */
    public record Snapshot(CibSnapshot cib, XmlElement tree, Map<String, Object> notes) {}

    /**
     * @param store   where the configuration is persisted; empty keeps it in memory only (tests)
     * @param initial the CIB this node starts with (its stored copy, or the admin's file)
     */
    public Controller(String localNode, Set<String> listedNodes, ClusterMessages messages, MembershipQuery membership,
            ResourceExecutor executor, Optional<CibStore> store, Path cibOrigin, XmlElement initial, Clock clock) {
        this.localNode = localNode;
        this.listedNodes = Set.copyOf(listedNodes);
        this.messages = messages;
        this.membership = membership;
        this.clock = clock;
        this.cib = new ReplicatedCib(store, cibOrigin, initial);
        this.handlers = AdminChanges.handlers();
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "hactl-controller-" + localNode);
            t.setDaemon(true);
            return t;
        });
        this.local = new LocalResources(executor, (transition, step, entry) ->
                enqueue(() -> report(transition, step, entry)));
        this.published = new Snapshot(cib.snapshot(), cib.tree(), Map.of());
    }

    /** Listens to membership and starts the controller's clock; call before membership starts. */
    public void attach(io.hactl.membership.Membership source) {
        source.addListener(nodeEvents());
        source.addViewListener(view -> enqueue(this::tick));
        source.addMessageListener((from, body) -> {
            ControllerMessage message;
            try {
                message = Wire.decode(body);
            } catch (RuntimeException e) {
                log.atWarn().setMessage("unreadable controller message dropped").addKeyValue("from", from)
                        .addKeyValue("error", e.getMessage()).log();
                return;
            }
            enqueue(() -> handle(from, message));
        });
    }

    public void start() {
        thread.scheduleWithFixedDelay(() -> {
            try {
                tick();
            } catch (RuntimeException e) {
                log.atError().setMessage("controller tick failed").setCause(e).log();
            }
        }, 0, TICK.toMillis(), TimeUnit.MILLISECONDS);
    }

    public NodeEventListener nodeEvents() {
        return event -> {
            Instant at = clock.instant();
            enqueue(() -> onNodeEvent(event, at));
        };
    }

    /** The CIB and the coordinator's notes, as last published: safe from any thread. */
    public Snapshot snapshot() {
        return published;
    }

    public String localNode() {
        return localNode;
    }

    private void enqueue(Runnable work) {
        try {
            thread.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    log.atError().setMessage("controller event failed").setCause(e).log();
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            log.atDebug().log("controller stopped; event ignored");
        }
    }

    private void onNodeEvent(NodeEvent event, Instant at) {
        Optional<Cause> cause = Optional.empty();
        if (event instanceof NodeEvent.Dead dead && dead.lastHeard().isPresent()) {
            // A listed node never heard (initdead ran out) ran nothing here: it explains no move.
            String heard = "no heartbeat since " + CLOCK.format(at.minus(dead.lastHeard().get()));
            cause = Optional.of(new Cause("node " + event.node() + " dead: " + heard, at, true));
        } else if (event instanceof NodeEvent.Left) {
            cause = Optional.of(new Cause("node " + event.node() + " left the cluster (clean shutdown)", at, false));
        } else if (event instanceof NodeEvent.Joined && !event.node().equals(localNode)) {
            cause = Optional.of(new Cause("node " + event.node() + " joined", at, false));
        }
        cause.ifPresent(c -> {
            lastCause = Optional.of(c);
            if (coordinator != null) {
                coordinator.noteCause(c);
            }
        });
        tick();
    }

    private void tick() {
        ClusterView view = membership.view();
        if (!view.equals(lastView)) {
            lastView = view;
            onView(view);
        }
        if (coordinator != null) {
            coordinator.tick();
        }
    }

    private void onView(ClusterView view) {
        boolean dc = view.dc().equals(localNode);
        if (dc && coordinator == null) {
            log.atInfo().setMessage("this node is now the designated coordinator").addKeyValue("view", view.id())
                    .addKeyValue("members", view.members()).log();
            coordinator = new Coordinator(context(), cib, lastCause, notes);
        } else if (!dc && coordinator != null) {
            log.atInfo().setMessage("coordinator role handed over").addKeyValue("dc", view.dc()).log();
            coordinator = null;
        }
        if (coordinator != null) {
            coordinator.onView(view);
            coordinator.proceed();
        }
        publishLocally();
    }

    private ClusterContext context() {
        return new ClusterContext() {
            @Override
            public String localNode() {
                return localNode;
            }

            @Override
            public ClusterView view() {
                return lastView;
            }

            @Override
            public Set<String> memberNodes() {
                return membership.nodes().stream()
                        .filter(n -> n.state() == NodeStatus.State.LOCAL || n.state() == NodeStatus.State.ACTIVE
                                || n.state() == NodeStatus.State.LATE)
                        .map(NodeStatus::node).collect(java.util.stream.Collectors.toSet());
            }

            @Override
            public Set<String> listedNodes() {
                return listedNodes;
            }

            @Override
            public Clock clock() {
                return clock;
            }

            @Override
            public Set<String> awaitedNodes() {
                return membership.nodes().stream().filter(n -> n.state() == NodeStatus.State.UNKNOWN)
                        .map(NodeStatus::node).collect(java.util.stream.Collectors.toSet());
            }

            @Override
            public void send(String node, ControllerMessage message) {
                Controller.this.send(node, message);
            }

            @Override
            public void publish() {
                notes = coordinator == null ? notes : coordinator.notes();
                messages.broadcast(Wire.encode(new CibUpdate(new XmlFiles().toText(cib.tree()), notes)));
                publishLocally();
            }
        };
    }

    private void publishLocally() {
        published = new Snapshot(cib.snapshot(), cib.tree(), notes);
    }

    private void send(String node, ControllerMessage message) {
        if (node.equals(localNode)) {
            enqueue(() -> handle(localNode, message));
        } else {
            messages.send(node, Wire.encode(message)); // membership logs a node that is not in the view
        }
    }

    private void handle(String from, ControllerMessage message) {
        if (message instanceof JoinRequest request) {
            send(from, new JoinOffer(request.join(), cib.version().toString(),
                    Optional.of(new XmlFiles().toText(ReplicatedCib.withoutStatus(cib.tree()))), local.history(),
                    local.running(), shuttingDown));
        } else if (message instanceof Action action) {
            log.atDebug().setMessage("operation requested").addKeyValue("from", from)
                    .addKeyValue("resource", action.request().resource())
                    .addKeyValue("operation", action.request().operation()).log();
            local.run(action.transition(), action.step(), action.request());
        } else if (message instanceof Forget forget) {
            local.forget(forget.resource());
        } else if (message instanceof CibUpdate update) {
            adopt(from, update);
        } else if (message instanceof ChangeRequest change) {
            send(from, applyChange(from, change));
        } else if (message instanceof ChangeReply reply) {
            CompletableFuture<ChangeReply> waiting = waitingReplies.remove(reply.request());
            if (waiting != null) {
                waiting.complete(reply);
            }
        } else if (message instanceof JoinOffer offer) {
            if (coordinator != null) {
                coordinator.onOffer(from, offer);
                coordinator.proceed();
            }
        } else if (message instanceof Result result) {
            if (coordinator != null) {
                coordinator.onResult(from, result);
                coordinator.proceed();
            }
        }
    }

    private void adopt(String from, CibUpdate update) {
        if (!from.equals(lastView.dc()) || coordinator != null) {
            return;
        }
        XmlElement tree;
        try {
            tree = new XmlFiles().read(update.cib());
        } catch (RuntimeException e) {
            log.atError().setMessage("the coordinator sent a CIB that cannot be read; keeping ours")
                    .addKeyValue("error", e.getMessage()).log();
            return;
        }
        List<ConfigProblem> problems = cib.install(tree);
        if (!problems.isEmpty()) {
            log.atError().setMessage("the coordinator sent a CIB that cannot be used; keeping ours")
                    .addKeyValue("problems", problems.stream().map(ConfigProblem::toString).toList()).log();
            return;
        }
        notes = update.notes();
        publishLocally();
    }

    /** A result of an operation this node ran: to the coordinator, wherever it is now. */
    private void report(long transition, int step, LrmResource entry) {
        String dc = lastView.dc();
        if (!dc.isEmpty()) {
            send(dc, new Result(transition, step, entry));
        }
    }

    private ChangeReply applyChange(String origin, ChangeRequest change) {
        if (coordinator == null) {
            return new ChangeReply(change.request(), false, localNode + " is no longer the coordinator ("
                    + (lastView.dc().isEmpty() ? "none" : lastView.dc()) + " is); try again", Map.of());
        }
        ChangeHandler handler = handlers.get(change.command());
        if (handler == null) {
            return new ChangeReply(change.request(), false, "the coordinator " + localNode
                    + " does not know the change \"" + change.command() + "\" (mixed hactl versions?)", Map.of());
        }
        ChangeHandler.Applied applied;
        try {
            applied = handler.apply(new ChangeHandler.Request(cib.tree(), cib.snapshot(), origin, change.arguments(),
                    clock.instant()));
        } catch (IllegalArgumentException e) {
            return new ChangeReply(change.request(), false, e.getMessage(), Map.of());
        }
        if (applied.cib() != cib.tree()) {
            List<ConfigProblem> problems = cib.read(applied.cib()).errors();
            if (!problems.isEmpty()) {
                return new ChangeReply(change.request(), false, "refused, the CIB would be invalid: "
                        + problems.get(0), Map.of());
            }
            coordinator.install(applied.cib(), applied.configuration());
            applied.forget().ifPresent(f -> lastView.members().stream()
                    .filter(node -> f.node().isEmpty() || f.node().get().equals(node))
                    .forEach(node -> send(node, new Forget(f.resource()))));
            if (applied.moves()) {
                coordinator.configurationChanged(new Cause(applied.message(), clock.instant(), false));
            }
            coordinator.proceed();
        }
        log.atInfo().setMessage("admin change applied: " + applied.message()).addKeyValue("from", origin)
                .addKeyValue("change", change.command()).log();
        Map<String, Object> result = new LinkedHashMap<>(applied.result());
        result.put("message", applied.message());
        return new ChangeReply(change.request(), true, applied.message(), result);
    }

    /**
     * Asks the coordinator (this node or another) to apply an admin change; completes with its answer, or with
     * a refusal when no coordinator answers within {@code timeout}.
     */
    public CompletableFuture<ChangeOutcome> change(String command, Map<String, Object> arguments, Duration timeout) {
        long id = requests.incrementAndGet();
        CompletableFuture<ChangeReply> reply = new CompletableFuture<>();
        enqueue(() -> {
            String dc = lastView.dc();
            if (dc.isEmpty()) {
                reply.complete(new ChangeReply(id, false, "no coordinator: this node is not in a cluster view yet",
                        Map.of()));
                return;
            }
            waitingReplies.put(id, reply);
            send(dc, new ChangeRequest(id, command, arguments));
        });
        return reply.completeOnTimeout(new ChangeReply(id, false, "the coordinator did not answer within "
                + timeout.toSeconds() + " s; the change may or may not have been applied (see hactl status)",
                Map.of()), timeout.toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((r, e) -> enqueue(() -> waitingReplies.remove(id)))
                .thenApply(r -> new ChangeOutcome(r.ok(), r.message(), r.result()));
    }

    /**
     * Before leaving: asks the coordinator to move this node's resources away (Pacemaker's shutdown attribute)
     * and waits until nothing runs here, or {@code timeout}.
     *
     * @return true when nothing runs here any more
     */
    public boolean shutdown(Duration timeout) {
        shuttingDown = true;
        Instant deadline = clock.instant().plus(timeout);
        ChangeOutcome reply = change("node-shutdown", Map.of("node", localNode), timeout).join();
        if (!reply.ok()) {
            log.atWarn().setMessage("could not hand resources over before stopping: " + reply.message()).log();
        }
        if (Polling.until(() -> local.active().isEmpty() && local.running().isEmpty(),
                Duration.between(clock.instant(), deadline), clock)) {
            return true;
        }
        log.atWarn().setMessage("stopping with resources still active here").addKeyValue("resources", local.active())
                .log();
        return false;
    }

    /** Resources this node's own history says may run here. */
    public List<String> activeHere() {
        return local.active();
    }

    @Override
    public void close() {
        thread.shutdownNow();
        local.close();
    }
}
