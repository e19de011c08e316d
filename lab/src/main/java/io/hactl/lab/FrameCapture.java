package io.hactl.lab;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code tcpdump -e -nn -l -A} output and remembers the Ethernet source of each SIP reply, keyed by Call-ID and
 * answering node. A frame is a header line (time, source MAC, destination MAC, addresses) followed by its payload as
 * text, one SIP header per line (CR shows as nothing, LF ends the line).
 *
 * <p>Fed one line at a time from the capture's reader thread; read from any thread.
 */
final class FrameCapture {

    private static final Pattern FRAME = Pattern.compile(
            "^\\d{2}:\\d{2}:\\d{2}\\.\\d+ ([0-9a-fA-F:]{17}) > ([0-9a-fA-F:]{17}), .*");

    private final Map<String, String> macs = new ConcurrentHashMap<>();
    private String mac;
    private String callId;
    private String node;

    void accept(String line) {
        Matcher m = FRAME.matcher(line);
        if (m.matches()) {
            mac = m.group(1).toLowerCase(java.util.Locale.ROOT);
            callId = null;
            node = null;
            return;
        }
        if (mac == null) {
            return;
        }
        String[] header = {line.strip()};
        SipOptions.header(new String[] {"", header[0]}, "Call-ID").ifPresent(v -> callId = v);
        SipOptions.header(new String[] {"", header[0]}, SipOptions.NODE_HEADER).ifPresent(v -> node = v);
        if (callId != null && node != null) {
            macs.putIfAbsent(key(callId, node), mac);
        }
    }

    /** The source MAC of the frame that carried {@code node}'s reply to {@code callId}, once the capture printed it. */
    Optional<String> sourceMac(String callId, String node) {
        return Optional.ofNullable(macs.get(key(callId, node)));
    }

    private static String key(String callId, String node) {
        return callId + " " + node;
    }
}
