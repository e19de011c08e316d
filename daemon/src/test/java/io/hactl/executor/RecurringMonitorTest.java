package io.hactl.executor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** When recurring monitors run, on a clock the test moves: start-delay, interval after completion, cancel. */
class RecurringMonitorTest {
    private final ManualScheduling scheduling = new ManualScheduling();
    private final Primitive resource = Primitive.of("failover-asterisk", "ocf:hactl:asterisk", Map.of());
    private final List<QueuedOperation> queued = new ArrayList<>();
    private final List<Instant> queuedAt = new ArrayList<>();

    private RecurringMonitor monitor(Duration interval, Duration startDelay) {
        return new RecurringMonitor(resource, Operation.monitor(interval, Duration.ofSeconds(20))
                .withStartDelay(startDelay), scheduling, operation -> {
                    queued.add(operation);
                    queuedAt.add(scheduling.now());
                });
    }

    private void finish(QueuedOperation operation, OcfRc rc) {
        operation.result().complete(result(operation.operation(), rc));
    }

    private OperationResult result(Operation operation, OcfRc rc) {
        return new OperationResult(resource.id(), resource.agent(), operation, ExecStatus.DONE, rc, rc.code(), "",
                scheduling.now(), Duration.ZERO, Duration.ZERO, AgentOutput.NONE, "");
    }

    @Test
    void firstRunWaitsForTheStartDelay() {
        monitor(Duration.ofSeconds(15), Duration.ofSeconds(5)).begin();

        scheduling.advance(Duration.ofMillis(4999));
        assertThat(queued).isEmpty();
        scheduling.advance(Duration.ofMillis(1));
        assertThat(queued).hasSize(1);
    }

    @Test
    void theNextRunComesOneIntervalAfterThePreviousFinished() {
        Instant begin = scheduling.now();
        monitor(Duration.ofSeconds(15), Duration.ZERO).begin();
        scheduling.advance(Duration.ZERO);
        assertThat(queued).hasSize(1);

        // The agent takes 20 s (it is slow); no second run may be queued behind it meanwhile.
        scheduling.advance(Duration.ofSeconds(20));
        assertThat(queued).hasSize(1);
        finish(queued.get(0), OcfRc.OK);

        scheduling.advance(Duration.ofSeconds(15));
        assertThat(queuedAt).containsExactly(begin, begin.plusSeconds(35));
    }

    @Test
    void aCancelledMonitorRunsNoMore() {
        RecurringMonitor monitor = monitor(Duration.ofSeconds(10), Duration.ZERO);
        monitor.begin();
        scheduling.advance(Duration.ZERO);
        finish(queued.get(0), OcfRc.OK);

        monitor.cancel();
        scheduling.advance(Duration.ofMinutes(5));

        assertThat(queued).hasSize(1);
        assertThat(monitor.isCancelled()).isTrue();
    }

    @Test
    void aRunFinishingAfterCancelSchedulesNothingAndIsNotNews() {
        RecurringMonitor monitor = monitor(Duration.ofSeconds(10), Duration.ZERO);
        monitor.begin();
        scheduling.advance(Duration.ZERO);

        monitor.cancel(); // the resource is being stopped while its monitor runs
        OperationResult late = result(queued.get(0).operation(), OcfRc.NOT_RUNNING);
        queued.get(0).result().complete(late);
        scheduling.advance(Duration.ofMinutes(1));

        assertThat(queued).hasSize(1);
        assertThat(monitor.isNews(late)).as("a stop must not be answered by a racing 'not running'").isFalse();
    }

    @Test
    void onlyTheFirstResultAndChangesAreNews() {
        RecurringMonitor monitor = monitor(Duration.ofSeconds(10), Duration.ZERO);
        Operation op = Operation.monitor(Duration.ofSeconds(10), Duration.ofSeconds(20));

        assertThat(monitor.isNews(result(op, OcfRc.OK))).isTrue();
        assertThat(monitor.isNews(result(op, OcfRc.OK))).isFalse();
        assertThat(monitor.isNews(result(op, OcfRc.NOT_RUNNING))).isTrue();
        assertThat(monitor.isNews(result(op, OcfRc.NOT_RUNNING))).isFalse();
        assertThat(monitor.isNews(result(op, OcfRc.OK))).isTrue();
    }
}
