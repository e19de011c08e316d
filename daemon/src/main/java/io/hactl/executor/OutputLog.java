package io.hactl.executor;

import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Agent output in the debug log, under the resource's name (logger {@code io.hactl.executor.agent}),
 * capped per operation so that an agent printing megabytes cannot flood the log either.
 */
final class OutputLog {
    private static final Logger log = LoggerFactory.getLogger("io.hactl.executor.agent");
    static final int MAX_LINES = 200;

    private final String resource;
    private final AtomicInteger logged = new AtomicInteger();

    OutputLog(String resource) {
        this.resource = resource;
    }

    /** Called from the stdout and stderr pump threads. */
    void line(String stream, String line) {
        if (!log.isDebugEnabled()) {
            return;
        }
        int count = logged.incrementAndGet();
        if (count <= MAX_LINES) {
            log.atDebug().addKeyValue("resource", resource).addKeyValue("stream", stream).log(line);
        } else if (count == MAX_LINES + 1) {
            log.atDebug().addKeyValue("resource", resource).log("further agent output not logged");
        }
    }
}
