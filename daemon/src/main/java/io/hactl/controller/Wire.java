package io.hactl.controller;

import io.hactl.cib.OperationRecord;
import io.hactl.cib.LrmResource;
import io.hactl.controller.ActionRequest.MonitorSpec;
import io.hactl.controller.ControllerMessage.Action;
import io.hactl.controller.ControllerMessage.ChangeReply;
import io.hactl.controller.ControllerMessage.ChangeRequest;
import io.hactl.controller.ControllerMessage.CibUpdate;
import io.hactl.controller.ControllerMessage.Forget;
import io.hactl.controller.ControllerMessage.JoinOffer;
import io.hactl.controller.ControllerMessage.JoinRequest;
import io.hactl.controller.ControllerMessage.Result;
import io.hactl.json.JsonReader;
import io.hactl.json.JsonWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Controller messages on the wire: one JSON object each, {@code "t"} naming the kind and {@code "v"} the
 * protocol version. A message that cannot be read is refused with {@link IllegalArgumentException} naming the
 * field, and the receiver logs and drops it; the authkeys layer has already proved who sent it.
 */
final class Wire {
    static final int VERSION = 1;

    private Wire() {}

    /** An unmodifiable copy that, unlike {@link Map#copyOf}, keeps JSON nulls and key order. */
    static Map<String, Object> copy(Map<String, Object> map) {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    static byte[] encode(ControllerMessage message) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("v", VERSION);
        if (message instanceof JoinRequest r) {
            m.put("t", "join-request");
            m.put("join", r.join());
        } else if (message instanceof JoinOffer o) {
            m.put("t", "join-offer");
            m.put("join", o.join());
            m.put("version", o.cibVersion());
            m.put("cib", o.cib().orElse(null));
            m.put("history", o.history().stream().map(Wire::lrm).toList());
            m.put("running", o.running());
            m.put("shutting_down", o.shuttingDown());
        } else if (message instanceof CibUpdate u) {
            m.put("t", "cib");
            m.put("cib", u.cib());
            m.put("notes", u.notes());
        } else if (message instanceof Action a) {
            m.put("t", "action");
            m.put("transition", a.transition());
            m.put("step", a.step());
            ActionRequest r = a.request();
            m.put("resource", r.resource());
            m.put("agent", r.agent());
            m.put("params", r.params());
            m.put("operation", r.operation());
            m.put("timeout_ms", r.timeout().toMillis());
            m.put("monitors", r.monitors().stream().map(s -> Map.of("interval_ms", s.interval().toMillis(),
                    "timeout_ms", s.timeout().toMillis())).toList());
        } else if (message instanceof Result r) {
            m.put("t", "result");
            m.put("transition", r.transition());
            m.put("step", r.step());
            m.put("entry", lrm(r.entry()));
        } else if (message instanceof Forget f) {
            m.put("t", "forget");
            m.put("resource", f.resource().orElse(null));
        } else if (message instanceof ChangeRequest c) {
            m.put("t", "change");
            m.put("request", c.request());
            m.put("command", c.command());
            m.put("args", c.arguments());
        } else if (message instanceof ChangeReply c) {
            m.put("t", "change-reply");
            m.put("request", c.request());
            m.put("ok", c.ok());
            m.put("message", c.message());
            m.put("result", c.result());
        }
        return JsonWriter.write(m).getBytes(StandardCharsets.UTF_8);
    }

    static ControllerMessage decode(byte[] bytes) {
        Fields m = new Fields(JsonReader.readObject(new String(bytes, StandardCharsets.UTF_8)));
        long version = m.number("v");
        if (version != VERSION) {
            throw new IllegalArgumentException("controller protocol version " + version + " is not " + VERSION
                    + " (mixed hactl versions: upgrade every node)");
        }
        String type = m.text("t");
        return switch (type) {
            case "join-request" -> new JoinRequest(m.number("join"));
            case "join-offer" -> new JoinOffer(m.number("join"), m.text("version"), m.optionalText("cib"),
                    m.list("history").stream().map(e -> lrm(new Fields(asMap(e, "history")))).toList(),
                    m.list("running").stream().map(String::valueOf).toList(), m.bool("shutting_down"));
            case "cib" -> new CibUpdate(m.text("cib"), m.map("notes"));
            case "action" -> new Action(m.number("transition"), (int) m.number("step"), new ActionRequest(
                    m.text("resource"), m.text("agent"), strings(m.map("params")), m.text("operation"),
                    Duration.ofMillis(m.number("timeout_ms")),
                    m.list("monitors").stream().map(e -> new Fields(asMap(e, "monitors"))).map(f -> new MonitorSpec(
                            Duration.ofMillis(f.number("interval_ms")), Duration.ofMillis(f.number("timeout_ms"))))
                            .toList()));
            case "result" -> new Result(m.number("transition"), (int) m.number("step"), lrm(m.fields("entry")));
            case "forget" -> new Forget(m.optionalText("resource"));
            case "change" -> new ChangeRequest(m.number("request"), m.text("command"), m.map("args"));
            case "change-reply" -> new ChangeReply(m.number("request"), m.bool("ok"), m.text("message"),
                    m.map("result"));
            default -> throw new IllegalArgumentException("unknown controller message \"" + type + "\"");
        };
    }

    private static Map<String, Object> lrm(LrmResource r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("class", r.agentClass());
        m.put("provider", r.provider().orElse(null));
        m.put("type", r.type());
        List<Object> ops = new ArrayList<>();
        for (OperationRecord op : r.operations()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("id", op.id());
            o.put("operation", op.operation());
            o.put("interval", op.intervalMs());
            o.put("rc", op.rcCode());
            o.put("status", op.opStatus());
            o.put("call", op.callId());
            o.put("changed", op.lastRcChange());
            o.put("reason", op.exitReason());
            o.put("queue", op.queueMs());
            o.put("exec", op.execMs());
            ops.add(o);
        }
        m.put("ops", ops);
        return m;
    }

    private static LrmResource lrm(Fields m) {
        List<OperationRecord> ops = new ArrayList<>();
        for (Object each : m.list("ops")) {
            Fields o = new Fields(asMap(each, "ops"));
            ops.add(new OperationRecord(o.text("id"), o.text("operation"), o.number("interval"), (int) o.number("rc"),
                    (int) o.number("status"), o.number("call"), o.number("changed"), o.text("reason"),
                    o.number("queue"), o.number("exec")));
        }
        return new LrmResource(m.text("id"), m.text("class"), m.optionalText("provider"), m.text("type"), ops);
    }

    private static Map<String, String> strings(Map<String, Object> map) {
        Map<String, String> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(k, String.valueOf(v)));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value, String field) {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new IllegalArgumentException(field + ": expected objects, got " + value);
    }

    /** Typed access to a decoded object, naming the missing or mistyped field. */
    private record Fields(Map<String, Object> values) {
        Object required(String name) {
            if (!values.containsKey(name)) {
                throw new IllegalArgumentException("missing field \"" + name + "\"");
            }
            return values.get(name);
        }

        String text(String name) {
            if (required(name) instanceof String s) {
                return s;
            }
            throw new IllegalArgumentException("field \"" + name + "\" is not a string");
        }

        Optional<String> optionalText(String name) {
            Object value = values.get(name);
            return value == null ? Optional.empty() : Optional.of(String.valueOf(value));
        }

        long number(String name) {
            if (required(name) instanceof Long l) {
                return l;
            }
            throw new IllegalArgumentException("field \"" + name + "\" is not an integer");
        }

        boolean bool(String name) {
            if (required(name) instanceof Boolean b) {
                return b;
            }
            throw new IllegalArgumentException("field \"" + name + "\" is not true or false");
        }

        List<Object> list(String name) {
            if (required(name) instanceof List<?> l) {
                return new ArrayList<>(l);
            }
            throw new IllegalArgumentException("field \"" + name + "\" is not a list");
        }

        Map<String, Object> map(String name) {
            return asMap(required(name), name);
        }

        Fields fields(String name) {
            return new Fields(map(name));
        }
    }
}
