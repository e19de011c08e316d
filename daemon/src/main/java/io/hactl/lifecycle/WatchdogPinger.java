package io.hactl.lifecycle;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Pings systemd's watchdog at half its timeout, but only while the daemon reports itself healthy: a daemon
 * whose cluster work has stalled stops pinging and is restarted by systemd, instead of lingering half alive.
 */
public final class WatchdogPinger implements AutoCloseable {
    private final ScheduledExecutorService timer;

    private WatchdogPinger(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    public static WatchdogPinger start(WatchdogSettings settings, ServiceNotifier notifier, BooleanSupplier healthy) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "hactl-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        long periodMs = Math.max(1, settings.pingInterval().toMillis());
        timer.scheduleAtFixedRate(() -> {
            if (healthy.getAsBoolean()) {
                notifier.watchdog();
            }
        }, 0, periodMs, TimeUnit.MILLISECONDS);
        return new WatchdogPinger(timer);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
