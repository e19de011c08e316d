package io.hactl.controller;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One transition being carried out by the coordinator: its steps, which have been sent, which completed, and
 * whether it was aborted. An aborted transition sends nothing more; it is finished once nothing is in flight, and
 * the coordinator then computes a new one from the state the finished steps left.
 */
final class TransitionRun {
    enum State { WAITING, SENT, DONE, FAILED }

    /** One step: an operation on a node, after the steps it depends on. */
    record Planned(String node, ActionRequest request, List<Integer> after) {
        Planned {
            after = List.copyOf(after);
        }
    }

    private final long id;
    private final List<Planned> steps;
    private final State[] states;
    private final Instant[] deadlines;
    private final Instant started;
    private final boolean probes;
    private Optional<String> abortReason = Optional.empty();

    TransitionRun(long id, List<Planned> steps, Instant started, boolean probes) {
        this.id = id;
        this.steps = List.copyOf(steps);
        this.states = new State[steps.size()];
        this.deadlines = new Instant[steps.size()];
        java.util.Arrays.fill(states, State.WAITING);
        this.started = started;
        this.probes = probes;
    }

    long id() {
        return id;
    }

    Planned step(int index) {
        return steps.get(index);
    }

    int size() {
        return steps.size();
    }

    Instant started() {
        return started;
    }

    boolean isProbes() {
        return probes;
    }

    /** Steps whose dependencies are done and that were not sent yet; none once aborted. */
    List<Integer> dispatchable() {
        List<Integer> ready = new ArrayList<>();
        if (abortReason.isPresent()) {
            return ready;
        }
        for (int i = 0; i < steps.size(); i++) {
            if (states[i] == State.WAITING && steps.get(i).after().stream().allMatch(a -> states[a] == State.DONE)) {
                ready.add(i);
            }
        }
        return ready;
    }

    void sent(int index, Instant deadline) {
        states[index] = State.SENT;
        deadlines[index] = deadline;
    }

    /** @return false when the step was not waiting for a result (a late or repeated answer) */
    boolean completed(int index, boolean ok) {
        if (index < 0 || index >= steps.size() || states[index] != State.SENT) {
            return false;
        }
        states[index] = ok ? State.DONE : State.FAILED;
        if (!ok) {
            abort("step " + index + " failed");
        }
        return true;
    }

    void abort(String reason) {
        if (abortReason.isEmpty()) {
            abortReason = Optional.of(reason);
        }
    }

    Optional<String> abortReason() {
        return abortReason;
    }

    /** Steps sent to a node that left the view will never answer. */
    void lost(String node) {
        for (int i = 0; i < steps.size(); i++) {
            if (states[i] == State.SENT && steps.get(i).node().equals(node)) {
                states[i] = State.FAILED;
                abort("node " + node + " left while running step " + i);
            }
        }
    }

    /** Steps whose result is overdue (the node's executor enforces the timeout; this bounds a lost answer). */
    List<Integer> overdue(Instant now) {
        List<Integer> late = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            if (states[i] == State.SENT && now.isAfter(deadlines[i])) {
                late.add(i);
            }
        }
        return late;
    }

    void timedOut(int index) {
        states[index] = State.FAILED;
        abort("no result for step " + index + " in time");
    }

    boolean inFlight() {
        for (State s : states) {
            if (s == State.SENT) {
                return true;
            }
        }
        return false;
    }

    boolean finished() {
        return !inFlight() && dispatchable().isEmpty();
    }

    boolean succeeded() {
        for (State s : states) {
            if (s != State.DONE) {
                return false;
            }
        }
        return abortReason.isEmpty();
    }
}
