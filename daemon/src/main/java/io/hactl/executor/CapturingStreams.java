package io.hactl.executor;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.commons.exec.ExecuteStreamHandler;

/**
 * Gives the agent an empty stdin and reads its stdout and stderr into bounded {@link OutputTail}s on
 * pooled pump threads.
 *
 * <p>A service that an agent started without closing its inherited descriptors keeps the pipes open for
 * as long as it lives. The JDK already stops reading a child's pipes when the child exits (it drains what
 * is buffered and detaches them), so the operation ends with the agent; {@link #stop()} still waits at
 * most {@code drain} for the pumps, so that no JDK or pump mishap can hold a resource's queue.
 */
final class CapturingStreams implements ExecuteStreamHandler {
    private final ExecutorService pumps;
    private final Duration drain;
    final OutputTail stdout;
    final OutputTail stderr;
    private final List<InputStream> inputs = new ArrayList<>(2);
    private final List<Future<?>> running = new ArrayList<>(2);
    private volatile boolean drainedInTime = true;

    CapturingStreams(ExecutorService pumps, Duration drain, OutputTail stdout, OutputTail stderr) {
        this.pumps = pumps;
        this.drain = drain;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    @Override
    public void setProcessInputStream(OutputStream agentStdin) throws IOException {
        agentStdin.close(); // agents read nothing; an open pipe could make a careless one wait forever
    }

    @Override
    public void setProcessOutputStream(InputStream agentStdout) {
        inputs.add(agentStdout);
    }

    @Override
    public void setProcessErrorStream(InputStream agentStderr) {
        inputs.add(agentStderr);
    }

    @Override
    public void start() {
        // Commons Exec hands stdout first, then stderr.
        running.add(pumps.submit(() -> pump(inputs.get(0), stdout)));
        running.add(pumps.submit(() -> pump(inputs.get(1), stderr)));
    }

    private static void pump(InputStream in, OutputTail tail) {
        byte[] buffer = new byte[8192];
        try (in) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                tail.write(buffer, n);
            }
        } catch (IOException e) {
            // The pipe was closed under us after the drain period: what we have is what we keep.
        } finally {
            tail.close();
        }
    }

    @Override
    public void stop() {
        long deadline = System.nanoTime() + drain.toNanos();
        for (Future<?> pump : running) {
            try {
                pump.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                drainedInTime = false;
            } catch (ExecutionException e) {
                throw new IllegalStateException("output pump failed", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** False when something the agent left behind still held its stdout or stderr open after it exited. */
    boolean drainedInTime() {
        return drainedInTime;
    }
}
