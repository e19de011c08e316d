package io.hactl.scheduler;

import java.util.Map;
import java.util.Optional;

/**
 * The machine form of a transition, exactly:
 * {@code {"placement": {"<primitive>": "<node>"|null, ...}, "actions": [{"action": "...", "resource": "...",
 * "node": ...|null, "from": ...|null}, ...]}}. Written by hand: the shape is small and fixed, and the scheduler
 * stays free of libraries.
 */
public final class TransitionJson {
    private TransitionJson() {}

    public static String render(Transition transition) {
        StringBuilder json = new StringBuilder("{\"placement\": {");
        boolean first = true;
        for (Map.Entry<String, Optional<String>> entry : transition.placement().entrySet()) {
            json.append(first ? "" : ", ").append(string(entry.getKey())).append(": ").append(value(entry.getValue()));
            first = false;
        }
        json.append("}, \"actions\": [");
        first = true;
        for (PlannedAction action : transition.actions()) {
            json.append(first ? "" : ", ")
                    .append("{\"action\": ").append(string(action.kind().json()))
                    .append(", \"resource\": ").append(string(action.resource()))
                    .append(", \"node\": ").append(value(action.node()))
                    .append(", \"from\": ").append(value(action.from()))
                    .append('}');
            first = false;
        }
        return json.append("]}").toString();
    }

    private static String value(Optional<String> text) {
        return text.map(TransitionJson::string).orElse("null");
    }

    static String string(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
