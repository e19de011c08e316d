package io.hactl.scheduler;

import io.hactl.json.JsonWriter;
import java.util.Map;
import java.util.Optional;

/**
 * The machine form of a transition, exactly:
 * {@code {"placement": {"<primitive>": "<node>"|null, ...}, "actions": [{"action": "...", "resource": "...",
 * "node": ...|null, "from": ...|null}, ...]}}, spaced for reading; strings are escaped by our
 * {@link JsonWriter}.
 */
public final class TransitionJson {
    private TransitionJson() {}

    public static String render(Transition transition) {
        StringBuilder json = new StringBuilder("{\"placement\": {");
        boolean first = true;
        for (Map.Entry<String, Optional<String>> entry : transition.placement().entrySet()) {
            json.append(first ? "" : ", ").append(JsonWriter.string(entry.getKey())).append(": ").append(value(entry.getValue()));
            first = false;
        }
        json.append("}, \"actions\": [");
        first = true;
        for (PlannedAction action : transition.actions()) {
            json.append(first ? "" : ", ")
                    .append("{\"action\": ").append(JsonWriter.string(action.kind().json()))
                    .append(", \"resource\": ").append(JsonWriter.string(action.resource()))
                    .append(", \"node\": ").append(value(action.node()))
                    .append(", \"from\": ").append(value(action.from()))
                    .append('}');
            first = false;
        }
        return json.append("]}").toString();
    }

    private static String value(Optional<String> text) {
        return text.map(JsonWriter::string).orElse("null");
    }

}
