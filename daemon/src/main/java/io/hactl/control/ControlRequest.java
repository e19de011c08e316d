package io.hactl.control;

import java.util.Map;

/**
 * One request to hactld: a command name and its arguments. On the wire, one line of JSON:
 * {@code {"v":1,"command":"nodes","args":{}}}.
 */
public record ControlRequest(String command, Map<String, Object> arguments) {
    public ControlRequest {
        arguments = Map.copyOf(arguments);
    }

    public static ControlRequest of(String command) {
        return new ControlRequest(command, Map.of());
    }
}
