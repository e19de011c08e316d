package io.hactl.lab;

import java.util.Optional;

/**
 * The one SIP request the lab sends, an OPTIONS ping (RFC 3261 §11), and what it reads from a reply. Each request has
 * its own Call-ID and branch, so every reply can be matched to the request it answers. The Via carries
 * {@code rport} (RFC 3581), so the server replies to the address and port the request came from, whatever Via says.
 */
public final class SipOptions {

    /** The header kamailio adds to name the node that answered (see {@link KamailioConfig}). */
    public static final String NODE_HEADER = "X-Node";

    private SipOptions() {}

    /** An OPTIONS request to {@code target:port} from {@code local:localPort}. */
    public static String request(String target, int port, String local, int localPort, String callId, long cseq) {
        return "OPTIONS sip:probe@" + target + ":" + port + " SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP " + local + ":" + localPort + ";rport;branch=z9hG4bK-" + callId + "\r\n"
                + "Max-Forwards: 70\r\n"
                + "From: <sip:prober@" + local + ">;tag=" + callId + "\r\n"
                + "To: <sip:probe@" + target + ">\r\n"
                + "Call-ID: " + callId + "\r\n"
                + "CSeq: " + cseq + " OPTIONS\r\n"
                + "User-Agent: hactl-lab prober\r\n"
                + "Content-Length: 0\r\n\r\n";
    }

    /** What a reply says, if it is a SIP response with a Call-ID. */
    public record Response(int status, String callId, Optional<String> node) {}

    public static Optional<Response> parse(String message) {
        String[] lines = message.split("\r?\n");
        if (lines.length == 0 || !lines[0].startsWith("SIP/2.0 ")) {
            return Optional.empty();
        }
        int status;
        try {
            status = Integer.parseInt(lines[0].substring(8, Math.min(11, lines[0].length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        Optional<String> callId = header(lines, "Call-ID").or(() -> header(lines, "i"));
        return callId.map(id -> new Response(status, id, header(lines, NODE_HEADER)));
    }

    /** A header's value (names are case-insensitive in SIP); the first one if repeated. */
    static Optional<String> header(String[] lines, String name) {
        for (int i = 1; i < lines.length && !lines[i].isEmpty(); i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0 && lines[i].substring(0, colon).strip().equalsIgnoreCase(name)) {
                return Optional.of(lines[i].substring(colon + 1).strip());
            }
        }
        return Optional.empty();
    }
}
