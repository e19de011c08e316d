package io.hactl.controller;

import io.hactl.cib.LrmResource;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What controllers say to each other over the cluster channel. Encoded by {@link Wire}. */
sealed interface ControllerMessage {

    /** A new coordinator asks every member for its CIB version and the operations it ran ({@code join}). */
    record JoinRequest(long join) implements ControllerMessage {}

    /**
     * A member's answer: its whole operation history (the node is the authority on what it ran), operations
     * still running, and its CIB when that may be newer than the coordinator's.
     */
    record JoinOffer(long join, String cibVersion, Optional<String> cib, List<LrmResource> history,
            List<String> running, boolean shuttingDown) implements ControllerMessage {
        public JoinOffer {
            history = List.copyOf(history);
            running = List.copyOf(running);
        }
    }

    /** The coordinator's CIB, after every change, with what {@code hactl status} shows beyond the CIB. */
    record CibUpdate(String cib, Map<String, Object> notes) implements ControllerMessage {
        public CibUpdate {
            notes = Wire.copy(notes);
        }
    }

    /** Run one operation (a transition step, or a probe) and report the result. */
    record Action(long transition, int step, ActionRequest request) implements ControllerMessage {}

    /** The result of an operation; {@code transition} is -1 for a recurring monitor's news. */
    record Result(long transition, int step, LrmResource entry) implements ControllerMessage {}

    /** Forget a resource's history (cleanup): every resource when {@code resource} is empty. */
    record Forget(Optional<String> resource) implements ControllerMessage {}

    /** An admin change made on a member, for the coordinator to apply. */
    record ChangeRequest(long request, String command, Map<String, Object> arguments) implements ControllerMessage {
        public ChangeRequest {
            arguments = Wire.copy(arguments);
        }
    }

    /** The coordinator's answer to a {@link ChangeRequest}. */
    record ChangeReply(long request, boolean ok, String message, Map<String, Object> result)
            implements ControllerMessage {
        public ChangeReply {
            result = Wire.copy(result);
        }
    }
}
