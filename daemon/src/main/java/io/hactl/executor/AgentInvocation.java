package io.hactl.executor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The exact command line and environment for one operation, built the way each agent class expects,
 * and the reading of the agent's exit back into an {@link OcfRc}.
 *
 * @param arguments what follows the script on the command line (the action, and for Heartbeat scripts
 *                  the positional arguments before it)
 */
public record AgentInvocation(AgentRef agent, Path script, List<String> arguments, Map<String, String> environment,
        String scriptAction) {

    /** resource-agents' {@code ocf_exit_reason} prefixes its stderr line with this (OCF_EXIT_REASON_PREFIX). */
    public static final String EXIT_REASON_PREFIX = "ocf-exit-reason:";

    /** The sbin directories an agent expects even when the daemon was started with a user's PATH. */
    private static final String SAFE_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

    public AgentInvocation {
        arguments = List.copyOf(arguments);
        environment = Map.copyOf(environment);
    }

    /**
     * @param inherited the daemon's own environment; OCF variables in it are dropped so that one resource's
     *                  parameters can never leak into another's run
     */
    public static AgentInvocation of(Primitive resource, Operation op, AgentDirectories dirs,
            Map<String, String> inherited) {
        AgentRef agent = resource.agent();
        Map<String, String> env = new LinkedHashMap<>();
        inherited.forEach((name, value) -> {
            if (!name.startsWith("OCF_")) {
                env.put(name, value);
            }
        });
        env.merge("PATH", SAFE_PATH, (mine, safe) -> mine + ":" + safe);
        Path script = dirs.scriptOf(agent);
        return switch (agent.agentClass()) {
            case OCF -> {
                putOcfEnvironment(env, resource, op, dirs);
                yield new AgentInvocation(agent, script, List.of(op.action()), env, op.action());
            }
            case LSB -> {
                // Pacemaker calls an init script's status for monitor; LSB has no monitor action.
                String action = "monitor".equals(op.action()) ? "status" : op.action();
                yield new AgentInvocation(agent, script, List.of(action), env, action);
            }
            case HEARTBEAT -> {
                String action = "monitor".equals(op.action()) ? "status" : op.action();
                List<String> arguments = new ArrayList<>(positionalArguments(resource));
                arguments.add(action);
                // Heartbeat's scripts source their helpers relative to HA_DIR and expect the HA_* names.
                env.putIfAbsent("HA_DIR", "/etc/ha.d");
                env.putIfAbsent("HA_RESOURCEDIR", dirs.heartbeatDir().toString());
                yield new AgentInvocation(agent, script, arguments, env, action);
            }
        };
    }

    private static void putOcfEnvironment(Map<String, String> env, Primitive resource, Operation op,
            AgentDirectories dirs) {
        env.put("OCF_RA_VERSION_MAJOR", "1");
        env.put("OCF_RA_VERSION_MINOR", "1");
        env.put("OCF_ROOT", dirs.ocfRoot().toString());
        env.put("OCF_FUNCTIONS_DIR", dirs.ocfFunctionsDir().toString());
        env.put("OCF_RESOURCE_INSTANCE", resource.id());
        env.put("OCF_RESOURCE_TYPE", resource.agent().type());
        env.put("OCF_RESOURCE_PROVIDER", resource.agent().provider());
        env.put("OCF_EXIT_REASON_PREFIX", EXIT_REASON_PREFIX);
        env.put("OCF_CHECK_LEVEL", Integer.toString(op.checkLevel()));
        resource.params().forEach((name, value) -> env.put("OCF_RESKEY_" + name, value));
        // Pacemaker's meta variables that agents in the wild read; both in milliseconds.
        env.put("OCF_RESKEY_CRM_meta_timeout", Long.toString(op.timeout().toMillis()));
        env.put("OCF_RESKEY_CRM_meta_interval", Long.toString(op.interval().toMillis()));
        env.put("OCF_RESKEY_CRM_meta_name", op.action());
        env.put("OCF_RESKEY_CRM_meta_OCF_CHECK_LEVEL", Integer.toString(op.checkLevel()));
    }

    /** Heartbeat passes a haresources line's {@code ::} pieces in order: keys "1", "2", … sorted as numbers. */
    private static List<String> positionalArguments(Primitive resource) {
        return resource.params().entrySet().stream()
                .filter(entry -> entry.getKey().matches("[0-9]+"))
                .sorted(Comparator.comparingInt(entry -> Integer.parseInt(entry.getKey())))
                .map(Map.Entry::getValue)
                .toList();
    }

    /** What the agent's exit code (and, for Heartbeat's status, its stdout) means in OCF terms. */
    public OcfRc rcOf(int exitCode, String stdout) {
        return switch (agent.agentClass()) {
            case OCF -> OcfRc.fromOcfExit(exitCode);
            case LSB -> "status".equals(scriptAction) ? OcfRc.fromLsbStatus(exitCode) : OcfRc.fromLsbAction(exitCode);
            case HEARTBEAT -> "status".equals(scriptAction)
                    ? OcfRc.fromHeartbeatStatus(stdout)
                    : OcfRc.fromLsbAction(exitCode);
        };
    }

    public List<String> commandLine() {
        List<String> line = new ArrayList<>();
        line.add(script.toString());
        line.addAll(arguments);
        return line;
    }
}
