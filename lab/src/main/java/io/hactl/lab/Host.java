package io.hactl.lab;

/**
 * One "machine" of the lab: a network namespace with an {@code eth0} on the lab's bridge.
 *
 * @param name      what admins call it ({@code ast1}, {@code client}); also kamailio's {@code X-Node} value
 * @param namespace the network namespace, unique to this lab run
 * @param address   its own IPv4 address on the lab's /24 (without the prefix length)
 * @param bridgePort the veth end on the bridge: set down to pull this host's cable
 */
public record Host(String name, String namespace, String address, String bridgePort) {

    /** The interface every host has on the lab's network. */
    public static final String INTERFACE = "eth0";
}
