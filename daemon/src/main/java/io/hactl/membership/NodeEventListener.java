package io.hactl.membership;

/**
 * Receives {@link NodeEvent}s. Called on the single membership thread ({@code hactl-membership}), in the order the
 * events happened, never concurrently; a listener must return quickly (hand work to its own thread), because the
 * next view waits for it.
 */
@FunctionalInterface
public interface NodeEventListener {
    void onNodeEvent(NodeEvent event);
}
