package io.hactl.membership;

/**
 * Receives application messages from other members. Called on the membership thread, in the order messages and
 * views happened, so a message from a node is never seen before the view that admitted it; return quickly.
 */
@FunctionalInterface
public interface MessageListener {
    void onMessage(String from, byte[] body);
}
