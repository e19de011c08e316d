package io.hactl.scheduler;

import java.util.List;

/**
 * One agent operation the controller must run, with the steps that must complete first (indexes into
 * {@link Transition#steps()}, always smaller than this step's own index).
 */
public record Step(Operation operation, String resource, String node, List<Integer> after) {
    public enum Operation {
        STOP,
        START
    }

    public Step {
        after = List.copyOf(after);
    }
}
