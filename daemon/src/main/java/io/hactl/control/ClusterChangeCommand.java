package io.hactl.control;

import io.hactl.controller.ChangeOutcome;
import io.hactl.controller.Controller;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An admin change ({@code node-standby}, {@code resource-move}, {@code property-set} ...): forwarded to the
 * coordinator, which validates and applies it to the CIB and replicates it; the admin gets its one-line answer.
 * A refused change is a {@code bad-request} carrying the coordinator's reason.
 */
public final class ClusterChangeCommand implements ControlCommand {
    /** How long the admin waits for the coordinator's answer. */
    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(15);

    /** The changes hactl sends; the coordinator refuses any it does not know. */
    public static final List<String> CHANGES = List.of("node-standby", "node-online", "resource-move",
            "resource-unmove", "resource-cleanup", "resource-stop", "resource-start", "failcount", "property-set",
            "property-delete", "maintenance", "hb-standby", "hb-takeover");

    private final String name;
    private final Controller controller;

    public ClusterChangeCommand(String name, Controller controller) {
        this.name = name;
        this.controller = controller;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Access access() {
        return name.equals("failcount") ? Access.READ_ONLY : Access.ADMIN;
    }

    @Override
    public Map<String, Object> run(Map<String, Object> arguments) {
        Map<String, Object> args = new LinkedHashMap<>(arguments);
        ChangeOutcome outcome = controller.change(name, args, ANSWER_TIMEOUT).join();
        if (!outcome.ok()) {
            throw new IllegalArgumentException(outcome.message());
        }
        return outcome.result();
    }
}
