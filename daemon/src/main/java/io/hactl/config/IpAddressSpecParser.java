package io.hactl.config;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.Optional;
import java.util.OptionalInt;

/** Parses haresources' {@code IP[/CIDR[/NIC][/BROADCAST]]}; a third part that is an address is the broadcast. */
final class IpAddressSpecParser {
    private IpAddressSpecParser() {}

    static final String EXPECTED = "IP[/CIDR[/NIC[/BROADCAST]]], e.g. 150.214.153.235/24/eth0";

    /** The parsed spec, or the reason it is wrong. */
    sealed interface Result {
        record Parsed(IpAddressSpec spec) implements Result {}

        record Invalid(String reason) implements Result {}
    }

    static Result parse(String text) {
        String[] parts = text.split("/", -1);
        if (parts.length > 4) {
            return new Result.Invalid("'" + text + "' has more than four /-separated parts");
        }
        Optional<InetAddress> ip = ipv4(parts[0]);
        if (ip.isEmpty()) {
            return new Result.Invalid("'" + parts[0] + "' is not an IPv4 address");
        }
        OptionalInt cidr = OptionalInt.empty();
        if (parts.length > 1) {
            Optional<Integer> bits = prefixLength(parts[1]);
            if (bits.isEmpty()) {
                return new Result.Invalid("'" + parts[1] + "' is not a prefix length 1-32 or a netmask");
            }
            cidr = OptionalInt.of(bits.get());
        }
        Optional<String> nic = Optional.empty();
        Optional<InetAddress> broadcast = Optional.empty();
        if (parts.length > 2) {
            Optional<InetAddress> third = ipv4(parts[2]);
            if (third.isPresent() && parts.length == 3) {
                broadcast = third;
            } else if (parts[2].matches("[A-Za-z][A-Za-z0-9_.:@-]{0,14}")) {
                nic = Optional.of(parts[2]);
            } else {
                return new Result.Invalid("'" + parts[2] + "' is neither an interface name nor a broadcast address");
            }
        }
        if (parts.length > 3) {
            broadcast = ipv4(parts[3]);
            if (broadcast.isEmpty()) {
                return new Result.Invalid("'" + parts[3] + "' is not a broadcast address");
            }
        }
        return new Result.Parsed(new IpAddressSpec(ip.get(), cidr, nic, broadcast));
    }

    static boolean looksLikeAddress(String token) {
        return token.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}(/.*)?");
    }

    private static Optional<InetAddress> ipv4(String text) {
        return HaCfDirectives.ipLiteral(text).filter(a -> a instanceof Inet4Address);
    }

    /** A prefix length, or a dotted netmask (255.255.255.0) turned into one. */
    private static Optional<Integer> prefixLength(String text) {
        Optional<Integer> bits = HeartbeatValues.integer(text, 1, 32);
        if (bits.isPresent()) {
            return bits;
        }
        Optional<InetAddress> mask = ipv4(text);
        if (mask.isEmpty()) {
            return Optional.empty();
        }
        int value = java.nio.ByteBuffer.wrap(mask.get().getAddress()).getInt();
        int ones = Integer.bitCount(value);
        boolean contiguous = value == (ones == 0 ? 0 : -1 << (32 - ones));
        return contiguous && ones > 0 ? Optional.of(ones) : Optional.empty();
    }
}
