package io.hactl.json;

import java.util.List;
import java.util.Map;

/**
 * Writes JSON: objects, arrays, strings, numbers, booleans and null, on one line. Our own because Jackson belongs
 * to the {@code cib} package. It lives apart from {@code control} so that {@code status} (whose document the control
 * socket will serve) can use it without a package cycle.
 */
public final class JsonWriter {
    private JsonWriter() {
    }

    /** @throws IllegalArgumentException for a value of a type JSON cannot carry */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        append(out, value);
        return out.toString();
    }

    private static void append(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            string(out, s);
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            out.append(value);
        } else if (value instanceof Double d && Double.isFinite(d)) {
            out.append(d);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!(e.getKey() instanceof String key)) {
                    throw new IllegalArgumentException("JSON object keys are strings, not " + e.getKey());
                }
                out.append(first ? "" : ",");
                first = false;
                string(out, key);
                out.append(':');
                append(out, e.getValue());
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ",");
                append(out, list.get(i));
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("no JSON form for " + value.getClass().getSimpleName() + " " + value);
        }
    }

    /** A JSON string literal: quoted, with quotes, backslashes and control characters escaped. */
    public static String string(String s) {
        StringBuilder out = new StringBuilder();
        string(out, s);
        return out.toString();
    }

    private static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    // Control characters escaped, so a reply always stays on one line.
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
