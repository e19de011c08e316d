package io.hactl.control;

import io.hactl.json.JsonReader;
import io.hactl.json.JsonWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The control socket's wire format, version {@value #VERSION}: one line of JSON each way per connection. A
 * daemon answers a request of another version with {@code bad-request}, so a mismatched client says so instead
 * of misreading an answer.
 */
public final class ControlProtocol {
    public static final int VERSION = 1;
    /** Longest request line a daemon reads; far above any real request. */
    public static final int MAX_LINE = 64 * 1024;

    private ControlProtocol() {
    }

    public static String encode(ControlRequest request) {
        Map<String, Object> wire = new LinkedHashMap<>();
        wire.put("v", VERSION);
        wire.put("command", request.command());
        wire.put("args", request.arguments());
        return JsonWriter.write(wire);
    }

    /** @throws IllegalArgumentException saying what is wrong with the line */
    public static ControlRequest decodeRequest(String line) {
        Map<String, Object> wire = JsonReader.readObject(line);
        checkVersion(wire);
        if (!(wire.get("command") instanceof String command) || command.isEmpty()) {
            throw new IllegalArgumentException("a request needs a \"command\" string");
        }
        Object args = wire.getOrDefault("args", Map.of());
        if (!(args instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("\"args\" must be an object");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> arguments = (Map<String, Object>) map;
        return new ControlRequest(command, arguments);
    }

    public static String encode(ControlReply reply) {
        Map<String, Object> wire = new LinkedHashMap<>();
        wire.put("v", VERSION);
        if (reply instanceof ControlReply.Done done) {
            wire.put("ok", true);
            wire.put("result", done.result());
        } else if (reply instanceof ControlReply.Refused refused) {
            wire.put("ok", false);
            wire.put("error", refused.failure().wireName());
            wire.put("message", refused.message());
        }
        return JsonWriter.write(wire);
    }

    /** @throws IllegalArgumentException when the line is not a reply of this version */
    public static ControlReply decodeReply(String line) {
        Map<String, Object> wire = JsonReader.readObject(line);
        checkVersion(wire);
        if (Boolean.TRUE.equals(wire.get("ok")) && wire.get("result") instanceof Map<?, ?> result) {
            @SuppressWarnings("unchecked")
            Map<String, Object> typed = (Map<String, Object>) result;
            return new ControlReply.Done(typed);
        }
        if (Boolean.FALSE.equals(wire.get("ok"))) {
            return new ControlReply.Refused(ControlReply.Failure.fromWire(String.valueOf(wire.get("error"))),
                    String.valueOf(wire.get("message")));
        }
        throw new IllegalArgumentException("a reply needs \"ok\" and a \"result\" object or an \"error\"");
    }

    private static void checkVersion(Map<String, Object> wire) {
        Object v = wire.get("v");
        if (!(v instanceof Long version) || version != VERSION) {
            throw new IllegalArgumentException("protocol version " + v + " is not " + VERSION
                    + " (hactl and hactld from different releases?)");
        }
    }
}
