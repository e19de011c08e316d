package io.hactl.control;

import io.hactl.cib.edit.ClusterProperties;
import io.hactl.cib.verify.AgentCatalog;
import io.hactl.cib.verify.CibVerifier;
import io.hactl.cib.xml.XmlElement;
import io.hactl.cib.xml.XmlFiles;
import io.hactl.config.ConfigProblem;
import io.hactl.controller.ChangeOutcome;
import io.hactl.controller.Controller;
import io.hactl.controller.HeldResources;
import io.hactl.controller.Polling;
import io.hactl.scheduler.ObservedState;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Control commands answered from this node's copy of the CIB ({@code config-show}, {@code property-get},
 * {@code rscstatus}: {@code {"held": "local|foreign|all|none"}}), or that
 * do more than one change ({@code resource-restart}, {@code config-commit} after the full local verification).
 */
public final class LocalCibCommands {
    private static final Duration RESTART_TIMEOUT = Duration.ofMinutes(2);

    private LocalCibCommands() {}

    public static List<ControlCommand> all(Controller controller, AgentCatalog agents, Clock clock) {
        return List.of(
                command("config-show", Access.READ_ONLY, args -> {
                    XmlElement configuration = controller.snapshot().tree().child("configuration").orElseThrow();
                    return Map.of("xml", new XmlFiles().toText(configuration), "message", "the CIB configuration");
                }),
                command("property-get", Access.READ_ONLY, args -> {
                    String name = String.valueOf(args.get("name"));
                    Optional<String> value = ClusterProperties.property(controller.snapshot().tree(), name);
                    Map<String, Object> result = new LinkedHashMap<>();
                    result.put("name", name);
                    result.put("value", value.orElse(null));
                    result.put("message", name + " = " + value.orElse("(not set)"));
                    return result;
                }),
                command("rscstatus", Access.READ_ONLY, args -> {
                    String held = HeldResources.of(controller.snapshot().cib(), controller.localNode(), clock.instant());
                    return Map.of("held", held, "message", controller.localNode() + " holds " + held + " resources");
                }),
                command("resource-restart", Access.ADMIN, args -> restart(controller, clock, args)),
                command("config-commit", Access.ADMIN, args -> commit(controller, agents, args)));
    }

    /** Stops the resource everywhere (target-role), waits until no node runs it, then lets it start again. */
    private static Map<String, Object> restart(Controller controller, Clock clock, Map<String, Object> args) {
        String resource = String.valueOf(args.get("resource"));
        ChangeOutcome stop = controller.change("resource-stop", Map.of("resource", resource),
                ClusterChangeCommand.ANSWER_TIMEOUT).join();
        if (!stop.ok()) {
            throw new IllegalArgumentException(stop.message());
        }
        Polling.until(() -> !running(controller, resource, clock), RESTART_TIMEOUT, clock);
        ChangeOutcome start = controller.change("resource-start", Map.of("resource", resource),
                ClusterChangeCommand.ANSWER_TIMEOUT).join();
        if (!start.ok()) {
            throw new IllegalArgumentException(start.message());
        }
        return Map.of("message", resource + " restarted: stopped everywhere, then started");
    }

    private static boolean running(Controller controller, String resource, Clock clock) {
        var snapshot = controller.snapshot().cib();
        List<String> members = snapshot.group(resource).map(g -> g.members()).orElse(List.of(resource));
        return ObservedState.read(snapshot, clock.instant()).stream()
                .anyMatch(r -> members.contains(r.id()) && !r.runningOn().isEmpty());
    }

    /** The same verification as {@code hactl config verify}, on this node, before the coordinator sees it. */
    private static Map<String, Object> commit(Controller controller, AgentCatalog agents, Map<String, Object> args) {
        String xml = String.valueOf(args.get("xml"));
        String file = String.valueOf(args.getOrDefault("file", "the new configuration"));
        List<ConfigProblem> errors;
        try {
            Path temporary = Files.createTempFile("hactl-commit-", ".xml");
            try {
                Files.writeString(temporary, xml, StandardCharsets.UTF_8);
                errors = new CibVerifier(agents).verify(temporary).stream()
                        .filter(p -> p.severity() == io.hactl.config.Severity.ERROR).toList();
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot verify: " + e.getMessage(), e);
        }
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(file + " refused; the running configuration is unchanged: "
                    + String.join("; ", errors.stream().map(p -> p.toString().replace(p.file().toString(), file))
                    .toList()));
        }
        ChangeOutcome outcome = controller.change("config-commit", args, ClusterChangeCommand.ANSWER_TIMEOUT).join();
        if (!outcome.ok()) {
            throw new IllegalArgumentException(outcome.message());
        }
        return outcome.result();
    }

    private static ControlCommand command(String name, Access access,
            Function<Map<String, Object>, Map<String, Object>> body) {
        return new ControlCommand() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Access access() {
                return access;
            }

            @Override
            public Map<String, Object> run(Map<String, Object> arguments) {
                return body.apply(arguments);
            }
        };
    }
}
