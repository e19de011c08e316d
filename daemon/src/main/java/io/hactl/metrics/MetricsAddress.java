package io.hactl.metrics;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;

/** Parses hactld's {@code --metrics [ADDRESS:]PORT}; a bare port means 127.0.0.1. */
public final class MetricsAddress {
    private MetricsAddress() {}

    public static final String EXPECTED = "[ADDRESS:]PORT, e.g. 9664 or 127.0.0.1:9664 (a bare port binds to 127.0.0.1)";

    public static InetSocketAddress parse(String text) {
        int colon = text.lastIndexOf(':');
        String host = colon < 0 ? "127.0.0.1" : text.substring(0, colon);
        String port = colon < 0 ? text : text.substring(colon + 1);
        int number;
        try {
            number = Integer.parseInt(port);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' has no port number; expected " + EXPECTED);
        }
        if (number < 1 || number > 65535) {
            throw new IllegalArgumentException("port " + number + " is out of range; expected " + EXPECTED);
        }
        if (!host.matches("[0-9.]+|\\[?[0-9a-fA-F:]+\\]?")) {
            throw new IllegalArgumentException("'" + host + "' is not an IP address; expected " + EXPECTED);
        }
        try {
            return new InetSocketAddress(InetAddress.getByName(host.replace("[", "").replace("]", "")), number);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("'" + host + "' is not an IP address; expected " + EXPECTED);
        }
    }
}
