package io.hactl.controller;

import io.hactl.cib.PacemakerBoolean;
import io.hactl.cib.CibSnapshot;
import io.hactl.cib.CibVersion;
import io.hactl.cib.OperationRecord;
import io.hactl.cib.Primitive;
import io.hactl.cib.Score;
import io.hactl.cib.ResourceOperation;
import io.hactl.cib.LrmResource;
import io.hactl.cib.edit.StatusTree;
import io.hactl.cib.xml.CibTree;
import io.hactl.cib.xml.XmlElement;
import io.hactl.cib.xml.XmlFiles;
import io.hactl.config.ConfigProblem;
import io.hactl.controller.ControllerMessage.Action;
import io.hactl.controller.ControllerMessage.JoinOffer;
import io.hactl.controller.ControllerMessage.JoinRequest;
import io.hactl.controller.ControllerMessage.Result;
import io.hactl.executor.Operation;
import io.hactl.membership.ClusterView;
import io.hactl.scheduler.ActionKind;
import io.hactl.scheduler.ObservedResource;
import io.hactl.scheduler.ObservedState;
import io.hactl.scheduler.PlannedAction;
import io.hactl.scheduler.Scheduler;
import io.hactl.scheduler.Step;
import io.hactl.scheduler.Transition;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The designated coordinator's work, alive only while this node is the view coordinator. It gathers every
 * member's operation history (the join), makes sure each resource was probed on each node, then runs the
 * scheduler and carries out its transition step by step, recording every result in the CIB's status section.
 * Anything that changes the picture (a view, a failure, an admin change) aborts the transition: steps in flight
 * finish, nothing new is sent, and the next transition starts from the recorded state. Called only on the
 * controller thread.
 */
final class Coordinator {
    private static final Logger log = LoggerFactory.getLogger(Coordinator.class);
    /** How long past an operation's own timeout the coordinator waits before it counts the answer as lost. */
    private static final Duration ANSWER_GRACE = Duration.ofSeconds(10);

    private final ClusterContext context;
    private final ReplicatedCib cib;
    private final Scheduler scheduler = new Scheduler();
    /** How often a join request is repeated to a member that has not answered (it may not have seen the view yet). */
    private static final Duration JOIN_RETRY = Duration.ofMillis(500);

    private final Map<String, Long> awaitingOffers = new HashMap<>();
    private final Map<String, Instant> joinRequested = new HashMap<>();
    private final Set<String> joined = new HashSet<>();
    private final Map<String, Set<String>> runningBeforeJoin = new HashMap<>();
    private final Set<String> refusedRecoveries = new HashSet<>();
    private long joinRound;
    private long transitions;
    private TransitionRun current;
    /** The summary lines of {@code current}, for the failover record when it completes. */
    private List<PlannedAction> plannedActions = List.of();
    /** The listed nodes last reported as awaited, so the wait is logged once, not at every tick. */
    private Set<String> awaitedLogged = Set.of();
    private boolean dirty = true;
    private Optional<Cause> cause;
    /** The last failover as {@code hactl status} shows it, and how many this cluster has seen. */
    private Object lastFailover;
    private long failovers;
    private Instant nextRecheck = Instant.MAX;

    /**
     * @param cause     what happened just before this node became the coordinator (often: the old one died)
     * @param inherited the notes the previous coordinator published (last failover, failover count)
     */
    Coordinator(ClusterContext context, ReplicatedCib cib, Optional<Cause> cause, Map<String, Object> inherited) {
        this.context = context;
        this.cib = cib;
        this.cause = cause;
        this.lastFailover = inherited.get("last_failover");
        this.failovers = inherited.get("failovers") instanceof Number n ? n.longValue() : 0;
    }

    /** The view changed (or this node just became the coordinator). */
    void onView(ClusterView view) {
        if (view.merged()) {
            // The other side of a partition decided on its own meanwhile (it may have started what this side
            // thinks it runs): every node's history is asked for again before anything is decided.
            joined.removeIf(node -> !node.equals(context.localNode()));
        }
        XmlElement tree = cib.tree();
        Set<String> known = new HashSet<>(context.listedNodes());
        cib.snapshot().status().forEach(s -> known.add(s.uname()));
        known.addAll(view.members());
        for (String node : known) {
            if (!view.contains(node)) {
                if (current != null) {
                    current.lost(node);
                }
                joined.remove(node);
                awaitingOffers.remove(node);
                runningBeforeJoin.remove(node);
                if (StatusTree.hasState(tree, node) || context.listedNodes().contains(node)) {
                    tree = StatusTree.membership(tree, node, false, false);
                }
            }
        }
        joinRound++;
        for (String member : view.members()) {
            if (!joined.contains(member) && !awaitingOffers.containsKey(member)) {
                awaitingOffers.put(member, joinRound);
                joinRequested.put(member, context.clock().instant());
                tree = StatusTree.membership(tree, member, true, false);
                context.send(member, new JoinRequest(joinRound));
            }
        }
        tree = quorum(tree, view);
        abort("membership changed");
        install(tree, false);
    }

    private XmlElement quorum(XmlElement tree, ClusterView view) {
        int expected = Math.max(context.listedNodes().size(), cib.snapshot().nodes().size());
        boolean quorate = expected <= 2 || view.members().size() * 2 > expected;
        return tree.withAttribute("have-quorum", quorate ? "1" : "0").withAttribute("dc-uuid", context.localNode());
    }

    /** A member's join offer: its history replaces what the CIB said about it. */
    void onOffer(String from, JoinOffer offer) {
        Long round = awaitingOffers.get(from);
        if (round == null || round != offer.join()) {
            log.atDebug().setMessage("stale join offer ignored").addKeyValue("node", from).log();
            return;
        }
        awaitingOffers.remove(from);
        joined.add(from);
        XmlElement tree = adoptNewerConfiguration(from, offer);
        tree = StatusTree.replaceHistory(tree, from, offer.history());
        tree = StatusTree.membership(tree, from, true, true);
        tree = StatusTree.shutdown(tree, from,
                offer.shuttingDown() ? Optional.of(context.clock().instant()) : Optional.empty());
        if (!offer.running().isEmpty()) {
            runningBeforeJoin.put(from, new HashSet<>(offer.running()));
            log.atInfo().setMessage("waiting for operations still running on a node before deciding anything")
                    .addKeyValue("node", from).addKeyValue("resources", offer.running()).log();
        }
        log.atInfo().setMessage("join complete: history of the node received").addKeyValue("node", from)
                .addKeyValue("resources_known", offer.history().size()).log();
        dirty = true;
        install(tree, false);
    }

    private XmlElement adoptNewerConfiguration(String from, JoinOffer offer) {
        XmlElement tree = cib.tree();
        if (offer.cib().isEmpty()) {
            return tree;
        }
        XmlElement theirs;
        try {
            theirs = new XmlFiles().read(offer.cib().get());
        } catch (RuntimeException e) {
            log.atWarn().setMessage("a node offered a CIB that cannot be read; ignored").addKeyValue("node", from)
                    .addKeyValue("error", e.getMessage()).log();
            return tree;
        }
        CibVersion mine = CibTree.version(tree);
        CibVersion their = CibTree.version(theirs);
        if (!their.newerConfigurationThan(mine)) {
            return tree;
        }
        io.hactl.config.ConfigReport<CibSnapshot> check = cib.read(theirs);
        if (check.value().isEmpty() || !check.errors().isEmpty()) {
            log.atError().setMessage("a node offered a newer CIB that is invalid; keeping the coordinator's")
                    .addKeyValue("node", from).addKeyValue("version", their).log();
            return tree;
        }
        log.atInfo().setMessage("adopting a newer configuration from a node").addKeyValue("node", from)
                .addKeyValue("theirs", their).addKeyValue("ours", mine).log();
        XmlElement configuration = theirs.child("configuration").orElseThrow();
        XmlElement adopted = tree.withChild(configuration);
        return CibTree.withVersion(adopted, new CibVersion(their.adminEpoch(), their.epoch(),
                Math.max(their.numUpdates(), mine.numUpdates())));
    }

    /** An operation result from a node (this one included). */
    void onResult(String from, Result result) {
        LrmResource entry = result.entry();
        OperationRecord op = entry.operations().get(0);
        XmlElement tree = StatusTree.record(cib.tree(), from, entry, op);
        boolean ok = OperationOutcome.succeeded(op);
        Set<String> before = runningBeforeJoin.get(from);
        if (before != null && before.remove(entry.id()) && before.isEmpty()) {
            runningBeforeJoin.remove(from);
            dirty = true;
        }
        if (!ok) {
            tree = StatusTree.record(tree, from, entry, op.withId(entry.id() + "_last_failure_0"));
            tree = StatusTree.failure(tree, from, entry.id(), OperationOutcome.key(op), isFatal(op),
                    context.clock().instant());
        }
        install(tree, false);
        boolean expected = current != null && result.transition() == current.id()
                && current.completed(result.step(), ok || current.isProbes());
        if (!ok) {
            Cause failure = new Cause(explainFailure(from, entry.id(), op), context.clock().instant(), true);
            cause = Optional.of(failure);
            log.atWarn().setMessage(failure.text()).addKeyValue("resource", entry.id()).addKeyValue("node", from)
                    .log();
            abort("operation failed");
        } else if (!expected && result.transition() >= 0) {
            dirty = true;
        }
    }

    private boolean isFatal(OperationRecord op) {
        boolean hardError = op.opStatus() == 7 || (op.opStatus() == 0 && op.rcCode() >= 2 && op.rcCode() <= 6);
        return switch (op.operation()) {
            case "start" -> !PacemakerBoolean.isFalse(property("start-failure-is-fatal").orElse("true"));
            case "stop" -> true;
            default -> hardError;
        };
    }

    private String explainFailure(String node, String resource, OperationRecord op) {
        String what = (op.isProbe() ? "probe" : op.operation()) + " " + OperationOutcome.describe(op) + " on " + node;
        Optional<ObservedResource> observed = ObservedState.read(cib.snapshot(), context.clock().instant()).stream()
                .filter(r -> r.id().equals(resource)).findFirst();
        if (observed.isEmpty()) {
            return what;
        }
        int count = observed.get().failCounts().getOrDefault(node, 0);
        int threshold = observed.get().migrationThreshold();
        String limit = threshold >= Score.INFINITY ? "no migration-threshold"
                : "migration-threshold " + threshold;
        if (op.operation().equals("stop")) {
            return what + ": stop failed, " + resource + " is blocked on " + node
                    + " until an admin cleans it up (hactl has no fencing yet)";
        }
        String countText = Score.format(count);
        if (threshold < Score.INFINITY && count >= threshold) {
            return what + ", fail count " + countText + " ≥ " + limit + ": moving it away from " + node;
        }
        if (op.operation().equals("start") && count >= Score.INFINITY) {
            return what + ", start failures are fatal (fail count INFINITY): " + node + " is banned for it";
        }
        return what + ", fail count " + countText + " (" + limit + "): recovering it";
    }

    /** Something changed that the running transition did not plan for. */
    void abort(String reason) {
        dirty = true;
        if (current != null && !current.finished()) {
            current.abort(reason);
            log.atInfo().setMessage("transition aborted").addKeyValue("transition", current.id())
                    .addKeyValue("reason", reason).log();
        }
    }

    void noteCause(Cause next) {
        cause = Optional.of(next);
    }

    /** The CIB changed by an admin (already installed by the caller). */
    void configurationChanged(Cause adminCause) {
        cause = Optional.of(adminCause);
        abort("configuration changed");
    }

    /** Timers: overdue answers, failure-timeout expiry, the recheck interval. */
    void tick() {
        Instant now = context.clock().instant();
        awaitingOffers.forEach((node, round) -> {
            if (now.isAfter(joinRequested.getOrDefault(node, Instant.MIN).plus(JOIN_RETRY))) {
                joinRequested.put(node, now);
                context.send(node, new JoinRequest(round));
            }
        });
        if (current != null) {
            for (int step : current.overdue(now)) {
                log.atError().setMessage("no result from a node in time; counting the operation as failed")
                        .addKeyValue("node", current.step(step).node())
                        .addKeyValue("resource", current.step(step).request().resource())
                        .addKeyValue("operation", current.step(step).request().operation()).log();
                current.timedOut(step);
            }
        }
        if (!now.isBefore(nextRecheck)) {
            nextRecheck = Instant.MAX;
            dirty = true;
        }
        proceed();
    }

    /** Sends what can be sent, and when the transition is over, plans the next one. */
    void proceed() {
        if (current != null) {
            dispatch();
            if (!current.finished()) {
                return;
            }
            finish(current);
            current = null;
        }
        if (!awaitingOffers.isEmpty() || !runningBeforeJoin.isEmpty() || !dirty || viewChangePending()) {
            return;
        }
        dirty = false;
        CibSnapshot snapshot = cib.snapshot();
        Instant now = context.clock().instant();
        List<TransitionRun.Planned> probes = probesNeeded(snapshot);
        if (!probes.isEmpty()) {
            log.atInfo().setMessage("probing resources before placing anything").addKeyValue("probes", probes.size())
                    .log();
            current = new TransitionRun(++transitions, probes, now, true);
            dispatch();
            return;
        }
        Transition transition = scheduler.schedule(snapshot, now);
        Set<String> refused = refuseRecoveryWithoutFencing(snapshot, now);
        List<TransitionRun.Planned> steps = plan(transition, snapshot, refused);
        scheduleRecheck(snapshot, now);
        if (steps.isEmpty()) {
            log.atDebug().setMessage("cluster settled").log();
            return;
        }
        if (waitForInitdead(steps)) {
            return;
        }
        current = new TransitionRun(++transitions, steps, now, false);
        String why = cause.map(Cause::text).orElse("cluster state");
        for (PlannedAction action : transition.actions()) {
            if (refused.contains(action.resource())) {
                continue;
            }
            log.atInfo().setMessage(describe(action) + ": " + why).addKeyValue("transition", current.id()).log();
        }
        plannedActions = transition.actions().stream().filter(a -> !refused.contains(a.resource())).toList();
        dispatch();
    }

    /**
     * Membership installed a view this coordinator has not handled yet (its event is queued behind the message
     * being handled): a node in it has not offered its history, so deciding now could start what it runs.
     */
    private boolean viewChangePending() {
        return context.memberNodes().stream().anyMatch(m -> !joined.contains(m) && !awaitingOffers.containsKey(m));
    }

    /**
     * Heartbeat's initdead: a node that starts while listed peers are not heard yet starts no resource until they
     * join or initdead declares them dead, so that two nodes booting together (each alone in its first view, the
     * partition healing a moment later) never both start the same resource. Checked again at every tick.
     */
    private boolean waitForInitdead(List<TransitionRun.Planned> steps) {
        Set<String> awaited = context.awaitedNodes();
        boolean starts = steps.stream().anyMatch(s -> s.request().operation().equals("start"));
        if (awaited.isEmpty() || !starts) {
            awaitedLogged = Set.of();
            return false;
        }
        if (!awaited.equals(awaitedLogged)) {
            log.atInfo().setMessage("starting nothing until listed nodes are heard or initdead ends")
                    .addKeyValue("waiting_for", awaited.stream().sorted().toList()).log();
            awaitedLogged = awaited;
        }
        dirty = true;
        return true;
    }

    private static String describe(PlannedAction action) {
        String where = action.from().filter(f -> !action.node().equals(java.util.Optional.of(f)))
                .map(f -> " (" + f + " -> " + action.node().orElse("stopped") + ")")
                .orElse(action.node().map(n -> " (" + n + ")").orElse(""));
        return action.kind().label() + " " + action.resource() + where;
    }

    private void dispatch() {
        Instant now = context.clock().instant();
        for (int index : current.dispatchable()) {
            TransitionRun.Planned step = current.step(index);
            if (!context.view().contains(step.node())) {
                current.sent(index, now);
                current.lost(step.node());
                continue;
            }
            current.sent(index, now.plus(step.request().timeout()).plus(ANSWER_GRACE));
            context.send(step.node(), new Action(current.id(), index, step.request()));
        }
    }

    private void finish(TransitionRun run) {
        if (!run.succeeded()) {
            dirty = true;
            return;
        }
        if (run.isProbes()) {
            dirty = true;
            return;
        }
        dirty = true; // confirm: the next computation should find nothing to do
        List<PlannedAction> moves = plannedActions.stream().filter(a -> a.kind() == ActionKind.MOVE
                || a.kind() == ActionKind.RECOVER || (a.kind() == ActionKind.START && cause.map(Cause::failure)
                        .orElse(false))).toList();
        if (!moves.isEmpty() && cause.isPresent()) {
            Instant now = context.clock().instant();
            Cause why = cause.get();
            FailoverRecord record = new FailoverRecord(moves.stream().map(PlannedAction::resource).toList(),
                    moves.get(0).from(), moves.get(0).node(), why.text(), why.at(), now,
                    Duration.between(why.at(), now));
            lastFailover = record.toJson();
            failovers++;
            log.atInfo().setMessage("recovery complete in " + record.took().toMillis() + " ms: " + why.text())
                    .addKeyValue("resources", record.resources()).addKeyValue("to", record.to().orElse("")).log();
            cause = Optional.empty();
            install(cib.tree(), false);
        }
        plannedActions = List.of();
    }

    /** One probe per resource and joined node with no history of it there. */
    private List<TransitionRun.Planned> probesNeeded(CibSnapshot snapshot) {
        List<TransitionRun.Planned> probes = new ArrayList<>();
        for (String node : context.view().members()) {
            if (!joined.contains(node)) {
                continue;
            }
            Set<String> known = snapshot.status().stream().filter(s -> s.uname().equals(node))
                    .flatMap(s -> s.history().stream()).filter(h -> !h.operations().isEmpty())
                    .map(h -> h.resource()).collect(Collectors.toSet());
            for (Primitive primitive : snapshot.resources()) {
                if (!known.contains(primitive.id())) {
                    probes.add(new TransitionRun.Planned(node, request(snapshot, primitive, "monitor"), List.of()));
                }
            }
        }
        return probes;
    }

    /**
     * With {@code stonith-enabled=true} (Pacemaker's default) a node that vanished may still run what it ran, and
     * only fencing could prove otherwise. hactl has no fencing yet, so it refuses to start those resources
     * elsewhere, says so loudly, and lets the admin decide.
     */
    private Set<String> refuseRecoveryWithoutFencing(CibSnapshot snapshot, Instant now) {
        Set<String> refused = new HashSet<>();
        Set<String> nodes = new HashSet<>();
        if (!PacemakerBoolean.isFalse(property("stonith-enabled").orElse("true"))) {
            for (ObservedResource r : ObservedState.read(snapshot, now)) {
                if (!r.lastSeenOn().isEmpty()) {
                    refused.add(r.id());
                    nodes.addAll(r.lastSeenOn());
                }
            }
        }
        for (String node : nodes) {
            if (!refusedRecoveries.contains(node)) {
                log.atError().log("node " + node + " is gone without a clean shutdown and stonith-enabled=true, but "
                        + "hactl has no fencing: NOT recovering " + refused.stream().sorted().toList()
                        + " elsewhere, because they may still run on " + node + " (split brain). Make sure " + node
                        + " is down, then run: hactl property set stonith-enabled false");
            }
        }
        if (!refusedRecoveries.equals(nodes)) {
            refusedRecoveries.clear();
            refusedRecoveries.addAll(nodes);
            context.publish(); // hactl status on every node shows the refusal, even when nothing else changes
        }
        return refused;
    }

    private List<TransitionRun.Planned> plan(Transition transition, CibSnapshot snapshot, Set<String> refused) {
        List<TransitionRun.Planned> steps = new ArrayList<>();
        Map<Integer, Integer> renumbered = new HashMap<>();
        List<Step> all = transition.steps();
        for (int i = 0; i < all.size(); i++) {
            Step step = all.get(i);
            boolean dropped = refused.contains(step.resource())
                    || step.after().stream().anyMatch(a -> !renumbered.containsKey(a));
            if (dropped) {
                continue;
            }
            Primitive primitive = snapshot.primitive(step.resource()).orElseThrow();
            String operation = step.operation() == Step.Operation.START ? "start" : "stop";
            renumbered.put(i, steps.size());
            steps.add(new TransitionRun.Planned(step.node(), request(snapshot, primitive, operation),
                    step.after().stream().map(renumbered::get).toList()));
        }
        return steps;
    }

    /** The agent, parameters, timeout and recurring monitors of one operation, from the CIB. */
    static ActionRequest request(CibSnapshot snapshot, Primitive primitive, String operation) {
        Duration defaultTimeout = Optional.ofNullable(snapshot.opDefaults().get("timeout"))
                .flatMap(Coordinator::duration).orElse(Operation.DEFAULT_TIMEOUT);
        Optional<ResourceOperation> defined = primitive.operations().stream()
                .filter(o -> o.name().equals(operation) && o.interval().isZero()).findFirst();
        if (operation.equals("monitor") && defined.isEmpty()) {
            // A probe takes the recurring monitor's timeout, as Pacemaker's probes do.
            defined = primitive.operations().stream().filter(o -> o.name().equals("monitor")).findFirst();
        }
        Duration timeout = defined.flatMap(ResourceOperation::timeout).orElse(defaultTimeout);
        List<ActionRequest.MonitorSpec> monitors = primitive.operations().stream()
                .filter(o -> o.name().equals("monitor") && !o.interval().isZero())
                .map(o -> new ActionRequest.MonitorSpec(o.interval(), o.timeout().orElse(defaultTimeout)))
                .toList();
        return new ActionRequest(primitive.id(), primitive.agent(), primitive.params(), operation, timeout, monitors);
    }

    private static Optional<Duration> duration(String text) {
        return io.hactl.cib.PacemakerDuration.parse(text);
    }

    /** Failure counts expire with failure-timeout: look again when the first one does. */
    private void scheduleRecheck(CibSnapshot snapshot, Instant now) {
        Instant next = now.plus(recheckInterval());
        for (ObservedResource r : ObservedState.read(snapshot, now)) {
            Optional<Duration> timeout = r.failureTimeout().filter(d -> !d.isZero());
            if (timeout.isEmpty()) {
                continue;
            }
            for (Instant last : r.lastFailures().values()) {
                Instant expiry = last.plus(timeout.get()).plusSeconds(1);
                if (expiry.isAfter(now) && expiry.isBefore(next)) {
                    next = expiry;
                }
            }
        }
        // A move with a lifetime stops applying when it expires: decide again then.
        for (io.hactl.cib.Constraint c : snapshot.constraints()) {
            if (c instanceof io.hactl.cib.LocationConstraint location) {
                for (io.hactl.cib.LocationRule rule : location.rules()) {
                    for (io.hactl.cib.DateExpression date : rule.dateExpressions()) {
                        Optional<Instant> expiry = date.expires();
                        if (expiry.isPresent() && expiry.get().isAfter(now) && expiry.get().isBefore(next)) {
                            next = expiry.get().plusMillis(1);
                        }
                    }
                }
            }
        }
        nextRecheck = next;
    }

    private Duration recheckInterval() {
        return property("cluster-recheck-interval").flatMap(Coordinator::duration)
                .filter(d -> !d.isZero()).orElse(Duration.ofMinutes(15));
    }

    private Optional<String> property(String name) {
        return cib.snapshot().property(name);
    }

    /** Installs a tree the coordinator built, bumping num_updates (or epoch), and sends it to every node. */
    void install(XmlElement tree, boolean configuration) {
        CibVersion version = CibTree.version(tree);
        XmlElement next = CibTree.withVersion(tree, configuration ? version.nextEpoch() : version.nextUpdate());
        List<ConfigProblem> problems = cib.install(next);
        if (!problems.isEmpty()) {
            log.atError().setMessage("internal CIB update refused; keeping the previous one")
                    .addKeyValue("problems", problems.stream().map(ConfigProblem::toString).toList()).log();
            return;
        }
        context.publish();
    }

    Map<String, Object> notes() {
        Map<String, Object> notes = new LinkedHashMap<>();
        notes.put("last_failover", lastFailover);
        notes.put("failovers", failovers);
        notes.put("fencing_refused", List.copyOf(refusedRecoveries));
        return notes;
    }
}
