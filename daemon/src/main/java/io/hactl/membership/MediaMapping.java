package io.hactl.membership;

import io.hactl.config.Medium;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.InterfaceAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns ha.cf's media lines into one {@link Transport}.
 *
 * <p>Redundant links: Heartbeat sends every heartbeat on every medium. hactl runs one JGroups channel, so it
 * accepts one medium: one {@code mcast} line, one {@code bcast} device, or any number of {@code ucast} lines on
 * one device (one per peer, the usual way of listing peers). Media on several devices, or of mixed kinds, are
 * refused with a message pointing at Linux bonding, which gives the same redundancy below us and keeps a single
 * view of who is alive. Deliberate difference from Heartbeat, documented in the README.
 *
 * <p>{@code bcast DEV} becomes multicast on DEV to {@value #BCAST_GROUP}:udpport with TTL 1: the same reach as a
 * subnet broadcast (one LAN segment), because JGroups' transport cannot receive on a wildcard-bound socket, which a
 * broadcast receiver needs, and broadcast discovery (BPING) would bypass the authkeys layer with a socket of its
 * own. Second deliberate difference: a switch doing IGMP snooping needs a querier on that segment, or use ucast.
 */
public final class MediaMapping {

    /** Looks up a device's IPv4 addresses, in the kernel's order; tests substitute their own. */
    @FunctionalInterface
    public interface Interfaces {
        List<InetAddress> ipv4(String device);

        /** The running system's interfaces. */
        static Interfaces system() {
            return device -> {
                try {
                    NetworkInterface nic = NetworkInterface.getByName(device);
                    if (nic == null) {
                        return List.of();
                    }
                    return nic.getInterfaceAddresses().stream().map(InterfaceAddress::getAddress)
                            .filter(a -> a instanceof Inet4Address)
                            .toList();
                } catch (SocketException e) {
                    return List.of();
                }
            };
        }
    }

    /** Group that carries {@code bcast}: administratively scoped (RFC 2365), digits of Heartbeat's port 694. */
    public static final String BCAST_GROUP = "239.255.6.94";

    private final Interfaces interfaces;

    public MediaMapping(Interfaces interfaces) {
        this.interfaces = interfaces;
    }

    /**
     * @throws IllegalArgumentException naming the ha.cf line and what is expected, when the media cannot be used
     */
    public Transport transportFor(List<Medium> media) {
        if (media.isEmpty()) {
            throw new IllegalArgumentException("ha.cf names no heartbeat medium: add bcast, mcast or ucast");
        }
        Set<String> devices = media.stream().map(Medium::device).collect(Collectors.toCollection(java.util.TreeSet::new));
        Set<Class<?>> kinds = media.stream().map(Object::getClass).collect(Collectors.toSet());
        Medium first = media.get(0);
        if (devices.size() > 1 || kinds.size() > 1) {
            throw new IllegalArgumentException(where(media.get(1)) + ": hactl heartbeats over one medium, but ha.cf "
                    + "names several (" + media.stream().map(MediaMapping::describe).collect(Collectors.joining(", "))
                    + "); for redundant links bond the interfaces (Linux bonding or teaming) and name the bond");
        }
        List<InetAddress> addresses = interfaces.ipv4(first.device());
        if (addresses.isEmpty()) {
            throw new IllegalArgumentException(
                    where(first) + ": interface " + first.device() + " does not exist or has no IPv4 address");
        }
        InetAddress bind = addresses.get(0);
        if (first instanceof Medium.Mcast) {
            if (media.size() > 1) {
                throw new IllegalArgumentException(where(media.get(1)) + ": only one mcast line is supported");
            }
            Medium.Mcast m = (Medium.Mcast) first;
            return new Transport.Multicast(bind, m.group(), m.port(), m.ttl(), m.loop());
        }
        if (first instanceof Medium.Bcast b) {
            return new Transport.Multicast(bind, bcastGroup(), b.port(), 1, false);
        }
        List<InetSocketAddress> peers = new ArrayList<>();
        Set<Integer> ports = new java.util.HashSet<>();
        for (Medium medium : media) {
            Medium.Ucast u = (Medium.Ucast) medium;
            ports.add(u.port());
            peers.add(new InetSocketAddress(u.peer(), u.port()));
        }
        if (ports.size() > 1) {
            throw new IllegalArgumentException(where(first) + ": all ucast lines must use one udpport, found " + ports);
        }
        // The interface may also hold a virtual IP of a resource (IPaddr2 adds it to the same device, and the
        // kernel may list it first): a node that heartbeats from it is a stranger to its peers. With ucast the
        // node's own address is among the peers (the same ucast lines on every node): bind that one.
        InetAddress own = addresses.stream()
                .filter(a -> peers.stream().anyMatch(p -> p.getAddress().equals(a)))
                .findFirst().orElse(bind);
        return new Transport.Unicast(own, ports.iterator().next(), peers, 0);
    }

    private static InetAddress bcastGroup() {
        try {
            return InetAddress.getByName(BCAST_GROUP);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String where(Medium m) {
        return m.file() + ":" + m.line();
    }

    private static String describe(Medium m) {
        String kind = m instanceof Medium.Bcast ? "bcast" : m instanceof Medium.Mcast ? "mcast" : "ucast";
        return kind + " " + m.device();
    }
}
