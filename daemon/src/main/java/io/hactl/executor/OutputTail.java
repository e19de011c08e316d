package io.hactl.executor;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * The last lines an agent wrote to one stream, bounded in characters, so that an agent printing
 * megabytes costs a fixed amount of memory. The end of the output is what explains a failure, so the
 * oldest lines are dropped first; the count of dropped lines is kept so readers know something is missing.
 *
 * <p>Fed by one pump thread; read by others after the run, hence synchronized.
 */
final class OutputTail {
    private final int maxChars;
    private final Consumer<String> eachLine;
    private final Deque<String> lines = new ArrayDeque<>();
    private final ByteArrayOutputStream partial = new ByteArrayOutputStream();
    private int chars;
    private long droppedLines;
    private boolean partialTruncated;

    /** @param eachLine sees every complete line as it arrives, even those later dropped (exit reasons, debug logs) */
    OutputTail(int maxChars, Consumer<String> eachLine) {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be positive");
        }
        this.maxChars = maxChars;
        this.eachLine = eachLine;
    }

    synchronized void write(byte[] buffer, int length) {
        int lineStart = 0;
        for (int i = 0; i < length; i++) {
            if (buffer[i] == '\n') {
                appendPartial(buffer, lineStart, i - lineStart);
                completeLine();
                lineStart = i + 1;
            }
        }
        appendPartial(buffer, lineStart, length - lineStart);
    }

    private void appendPartial(byte[] buffer, int offset, int count) {
        int room = Math.max(0, maxChars - partial.size());
        partial.write(buffer, offset, Math.min(room, count));
        if (count > room) {
            partialTruncated = true;
        }
    }

    /** The stream ended: a last line without newline still counts. */
    synchronized void close() {
        if (partial.size() > 0 || partialTruncated) {
            completeLine();
        }
    }

    private void completeLine() {
        String line = partial.toString(StandardCharsets.UTF_8);
        if (partialTruncated) {
            line = line + " [line truncated]";
        }
        partial.reset();
        partialTruncated = false;
        eachLine.accept(line);
        lines.addLast(line);
        chars += line.length();
        while (chars > maxChars && lines.size() > 1) {
            chars -= lines.removeFirst().length();
            droppedLines++;
        }
    }

    synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    synchronized long droppedLines() {
        return droppedLines;
    }
}
