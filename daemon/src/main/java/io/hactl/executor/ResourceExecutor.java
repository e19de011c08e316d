package io.hactl.executor;

import io.hactl.cib.PacemakerDuration;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local executor (Pacemaker's execd, Heartbeat's lrmd): runs agent operations for the resources of
 * this node. One operation at a time per resource, different resources in parallel up to
 * {@link ExecutorSettings#maxParallel()}; recurring monitors; results to {@link OperationListener}s.
 *
 * <p>Closing the executor stops scheduling and lets running agents finish; it never kills a service.
 */
public final class ResourceExecutor implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ResourceExecutor.class);

    private final AgentDirectories directories;
    private final Scheduling scheduling;
    private final Map<String, String> environment;
    private final ThreadPoolExecutor workers;
    private final ExecutorService pumps;
    private final AgentRunner runner;
    private final boolean logOperations;
    private final OperationCounters counters = new OperationCounters();
    private final Map<String, ResourceLane> lanes = new ConcurrentHashMap<>();
    private final Map<String, List<RecurringMonitor>> monitors = new ConcurrentHashMap<>();
    private final List<OperationListener> listeners = new CopyOnWriteArrayList<>();

    /** @param environment the environment agents inherit (normally the daemon's own) */
    public ResourceExecutor(AgentDirectories directories, ExecutorSettings settings, Scheduling scheduling,
            Map<String, String> environment) {
        this.directories = directories;
        this.scheduling = scheduling;
        this.environment = Map.copyOf(environment);
        this.workers = new ThreadPoolExecutor(settings.maxParallel(), settings.maxParallel(), 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), daemonThreads("hactl-op-"));
        this.workers.allowCoreThreadTimeOut(true);
        this.pumps = Executors.newCachedThreadPool(daemonThreads("hactl-agent-output-"));
        this.runner = new AgentRunner(scheduling, pumps, settings);
        this.logOperations = settings.logOperations();
    }

    public AgentDirectories directories() {
        return directories;
    }

    /**
     * Queues a one-shot operation (start, stop, a probe, meta-data…). A {@code stop} first cancels the
     * resource's recurring monitors, including any waiting in its queue, as the cluster must not see a
     * "not running" from a monitor racing a deliberate stop.
     */
    public CompletableFuture<OperationResult> execute(Primitive resource, Operation operation) {
        if ("stop".equals(operation.action())) {
            cancelMonitors(resource.id());
        }
        CompletableFuture<OperationResult> result = new CompletableFuture<>();
        laneOf(resource.id()).enqueue(new QueuedOperation(resource, operation, scheduling.clock().instant(),
                Optional.empty(), result));
        return result;
    }

    /** Starts a recurring monitor; one with the same interval on the same resource is replaced. */
    public void startMonitor(Primitive resource, Operation monitor) {
        if (!monitor.isRecurring()) {
            throw new IllegalArgumentException("a recurring monitor needs an interval; use execute() for a probe");
        }
        RecurringMonitor recurring =
                new RecurringMonitor(resource, monitor, scheduling, laneOf(resource.id())::enqueue);
        List<RecurringMonitor> ofResource = monitors.computeIfAbsent(resource.id(), id -> new CopyOnWriteArrayList<>());
        for (RecurringMonitor existing : ofResource) {
            if (existing.operation().interval().equals(monitor.interval())) {
                existing.cancel();
                ofResource.remove(existing);
            }
        }
        ofResource.add(recurring);
        (logOperations ? log.atInfo() : log.atDebug()).addKeyValue("resource", resource.id())
                .addKeyValue("interval", PacemakerDuration.format(monitor.interval()))
                .addKeyValue("timeout", PacemakerDuration.format(monitor.timeout()))
                .log("recurring monitor started");
        recurring.begin();
    }

    /** Cancels every recurring monitor of the resource; one running now finishes but is not reported. */
    public void cancelMonitors(String resourceId) {
        List<RecurringMonitor> cancelled = monitors.remove(resourceId);
        if (cancelled != null && !cancelled.isEmpty()) {
            cancelled.forEach(RecurringMonitor::cancel);
            (logOperations ? log.atInfo() : log.atDebug())
                    .addKeyValue("resource", resourceId).addKeyValue("count", cancelled.size())
                    .log("recurring monitors cancelled");
        }
        ResourceLane lane = lanes.get(resourceId);
        if (lane != null) {
            lane.dropQueuedMonitors();
        }
    }

    /** Active recurring monitors of a resource, for status displays and tests. */
    public List<Operation> monitorsOf(String resourceId) {
        List<Operation> active = new ArrayList<>();
        monitors.getOrDefault(resourceId, List.of()).forEach(m -> active.add(m.operation()));
        return active;
    }

    public OperationCounters counters() {
        return counters;
    }

    /** Subscribes a listener; the returned handle unsubscribes it. */
    public Runnable subscribe(OperationListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private ResourceLane laneOf(String resourceId) {
        return lanes.computeIfAbsent(resourceId, id -> new ResourceLane(workers, this::run, scheduling.clock()));
    }

    /** On a worker thread: run the agent, read its answer, log it, tell the listeners. */
    private OperationResult run(QueuedOperation queued) {
        Primitive resource = queued.resource();
        Operation operation = queued.operation();
        if (queued.monitor().map(RecurringMonitor::isCancelled).orElse(false)) {
            return OperationResult.cancelled(resource.id(), resource.agent(), operation, scheduling.clock().instant(),
                    Duration.ZERO);
        }
        Instant dequeued = scheduling.clock().instant();
        AgentInvocation invocation = AgentInvocation.of(resource, operation, directories, environment);
        AgentRun run = runner.run(resource.id(), invocation, operation.timeout());
        OcfRc rc = switch (run.status()) {
            case DONE -> invocation.rcOf(run.exitCode(), run.output().stdoutText());
            case NOT_INSTALLED -> OcfRc.NOT_INSTALLED;
            default -> OcfRc.GENERIC_ERROR;
        };
        OperationResult result = new OperationResult(resource.id(), resource.agent(), operation, run.status(), rc,
                run.exitCode(), run.exitReason(), run.started(), Duration.between(queued.queuedAt(), dequeued),
                run.ran(), run.output(), run.detail());
        counters.record(result);
        boolean news = queued.monitor().map(monitor -> monitor.isNews(result)).orElse(true);
        if (logOperations) {
            OperationLog.record(result, news);
        }
        if (news) {
            publish(result);
        }
        return result;
    }

    private void publish(OperationResult result) {
        for (OperationListener listener : listeners) {
            try {
                listener.operationFinished(result);
            } catch (RuntimeException e) {
                log.atError().addKeyValue("resource", result.resource()).setCause(e).log("operation listener failed");
            }
        }
    }

    @Override
    public void close() {
        monitors.keySet().forEach(this::cancelMonitors);
        workers.shutdown();
        pumps.shutdown();
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
