package io.hactl.executor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.PriorityQueue;

/** {@link Scheduling} driven by the test: time moves only in {@link #advance(Duration)}, tasks run in due order. */
final class ManualScheduling implements Scheduling {
    private Instant now = Instant.parse("2026-11-25T12:00:00Z");
    private long sequence;
    private final PriorityQueue<Task> tasks = new PriorityQueue<>(
            Comparator.comparing(Task::due).thenComparingLong(Task::sequence));

    private record Task(Instant due, long sequence, Runnable action, boolean[] cancelled) {}

    @Override
    public Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
    }

    @Override
    public synchronized Cancellable schedule(Runnable action, Duration delay) {
        boolean[] cancelled = {false};
        tasks.add(new Task(now.plus(delay), sequence++, action, cancelled));
        return () -> cancelled[0] = true;
    }

    /** Moves time forward, running every task that falls due on the way, at its due time. */
    void advance(Duration duration) {
        Instant target = now.plus(duration);
        while (true) {
            Task next;
            synchronized (this) {
                next = tasks.peek();
                if (next == null || next.due().isAfter(target)) {
                    break;
                }
                tasks.remove();
                now = next.due();
            }
            if (!next.cancelled()[0]) {
                next.action().run();
            }
        }
        now = target;
    }

    Instant now() {
        return now;
    }
}
