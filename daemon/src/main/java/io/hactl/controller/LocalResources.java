package io.hactl.controller;

import io.hactl.cib.OperationRecord;
import io.hactl.cib.LrmResource;
import io.hactl.executor.AgentRef;
import io.hactl.executor.Operation;
import io.hactl.executor.OperationResult;
import io.hactl.executor.Primitive;
import io.hactl.executor.ResourceExecutor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This node's side of resource management (Pacemaker's execd as the controller sees it): runs what the
 * coordinator asks, keeps the history of every operation it ran (the node is the authority on that, and hands it
 * to each new coordinator), keeps recurring monitors running exactly while a resource runs here, and reports every
 * result, including a recurring monitor's news.
 */
final class LocalResources implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(LocalResources.class);

    /** Receives results; called on executor threads. */
    interface Reports {
        void result(long transition, int step, LrmResource entry);
    }

    private final ResourceExecutor executor;
    private final Reports reports;
    private final Runnable unsubscribe;
    private final AtomicLong calls = new AtomicLong();
    private final Map<String, Known> known = new LinkedHashMap<>();
    private final Set<String> inFlight = new HashSet<>();

    /** What this node knows of a resource: how to run it and what its operations returned. */
    private record Known(Primitive primitive, String agentText, List<ActionRequest.MonitorSpec> monitors,
            Map<String, OperationRecord> operations) {}

    LocalResources(ResourceExecutor executor, Reports reports) {
        this.executor = executor;
        this.reports = reports;
        this.unsubscribe = executor.subscribe(this::recurringResult);
    }

    /** Runs one operation the coordinator asked for; the result is recorded, then reported. */
    void run(long transition, int step, ActionRequest request) {
        AgentRef agent = AgentRef.parse(request.agent());
        Primitive primitive = new Primitive(request.resource(), agent, request.params());
        synchronized (this) {
            Known previous = known.get(request.resource());
            known.put(request.resource(), new Known(primitive, request.agent(), request.monitors(),
                    previous == null ? new LinkedHashMap<>() : previous.operations()));
            inFlight.add(request.resource());
        }
        Operation operation = Operation.of(request.operation(), request.timeout());
        executor.execute(primitive, operation).whenComplete((result, error) -> {
            if (error != null) {
                log.atError().setCause(error).addKeyValue("resource", request.resource()).log("operation failed");
                return;
            }
            OperationRecord record = remember(result, false);
            synchronized (this) {
                inFlight.remove(request.resource());
            }
            if (OperationOutcome.leavesRunning(record)) {
                startMonitors(request.resource());
            }
            reports.result(transition, step, entry(request.resource(), record));
        });
    }

    private void recurringResult(OperationResult result) {
        if (!result.operation().isRecurring()) {
            return;
        }
        synchronized (this) {
            if (!known.containsKey(result.resource())) {
                return;
            }
        }
        OperationRecord record = remember(result, true);
        reports.result(-1, -1, entry(result.resource(), record));
    }

    private void startMonitors(String resource) {
        Known k;
        synchronized (this) {
            k = known.get(resource);
        }
        for (ActionRequest.MonitorSpec monitor : k.monitors()) {
            executor.startMonitor(k.primitive(), Operation.monitor(monitor.interval(), monitor.timeout()));
        }
    }

    /**
     * Keeps Pacemaker's three kinds of entry: {@code RSC_last_0} for the last one-shot operation,
     * {@code RSC_monitor_INTERVAL} for each recurring monitor, and {@code RSC_last_failure_0} for the last failure.
     */
    private synchronized OperationRecord remember(OperationResult result, boolean recurring) {
        String resource = result.resource();
        String id = recurring ? result.operation().key(resource) : resource + "_last_0";
        OperationRecord record = OperationOutcome.record(id, result, calls.incrementAndGet());
        Map<String, OperationRecord> ops = known.get(resource).operations();
        ops.put(id, record);
        if (!OperationOutcome.succeeded(record)) {
            OperationRecord failure = record.withId(resource + "_last_failure_0");
            ops.put(failure.id(), failure);
        }
        return record;
    }

    private synchronized LrmResource entry(String resource, OperationRecord op) {
        return lrm(resource, known.get(resource).primitive().agent(), List.of(op));
    }

    private static LrmResource lrm(String resource, AgentRef agent, List<OperationRecord> ops) {
        return new LrmResource(resource, agent.agentClass().prefix(),
                agent.provider().isEmpty() ? Optional.empty() : Optional.of(agent.provider()), agent.type(), ops);
    }

    /** Everything this node ran, for a new coordinator. */
    synchronized List<LrmResource> history() {
        List<LrmResource> all = new ArrayList<>();
        known.forEach((id, k) -> {
            if (!k.operations().isEmpty()) {
                all.add(lrm(id, k.primitive().agent(), List.copyOf(k.operations().values())));
            }
        });
        return all;
    }

    /** Resources with an operation running now: a coordinator must wait for them before deciding anything. */
    synchronized List<String> running() {
        return List.copyOf(inFlight);
    }

    /** Resources whose last operation may leave them running here (a failed stop too): what a shutdown waits for. */
    synchronized List<String> active() {
        List<String> active = new ArrayList<>();
        known.forEach((id, k) -> k.operations().values().stream()
                .max(java.util.Comparator.comparingLong(OperationRecord::callId))
                .filter(last -> !(last.operation().equals("stop") && OperationOutcome.succeeded(last))
                        && !(last.isProbe() && last.rcCode() == OperationOutcome.OCF_NOT_RUNNING))
                .ifPresent(last -> active.add(id)));
        return active;
    }

    /** Cleanup: forgets the history (the coordinator probes again); monitors keep running. */
    synchronized void forget(Optional<String> resource) {
        if (resource.isEmpty()) {
            known.values().forEach(k -> k.operations().clear());
        } else if (known.containsKey(resource.get())) {
            known.get(resource.get()).operations().clear();
        }
    }

    @Override
    public void close() {
        unsubscribe.run();
    }
}
