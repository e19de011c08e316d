package io.hactl.executor;

import java.util.ArrayList;
import java.util.List;

/**
 * What an agent printed, bounded: the last lines of each stream and how many earlier lines were dropped.
 *
 * @param droppedLines lines no longer held because the output exceeded the capture limit
 */
public record AgentOutput(List<String> stdout, List<String> stderr, long droppedLines) {
    public static final AgentOutput NONE = new AgentOutput(List.of(), List.of(), 0);

    public AgentOutput {
        stdout = List.copyOf(stdout);
        stderr = List.copyOf(stderr);
    }

    public String stdoutText() {
        return stdout.isEmpty() ? "" : String.join("\n", stdout) + "\n";
    }

    /** The last {@code n} lines of both streams, stderr last: what an operator needs next to a failure. */
    public List<String> lastLines(int n) {
        List<String> both = new ArrayList<>(stdout);
        both.addAll(stderr);
        return both.subList(Math.max(0, both.size() - n), both.size());
    }
}
