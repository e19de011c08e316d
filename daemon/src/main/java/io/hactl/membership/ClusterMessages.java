package io.hactl.membership;

/**
 * Sends application messages to members, reliably and in order per sender (JGroups' NAKACK2 and UNICAST3), each
 * datagram signed by the authkeys layer. A node never receives its own messages.
 */
public interface ClusterMessages {

    /** @return false when the node is not in the current view (the message is dropped) */
    boolean send(String node, byte[] body);

    /** To every other member of the current view. */
    void broadcast(byte[] body);

    void addMessageListener(MessageListener listener);
}
