package io.hactl.executor;

import java.util.Locale;
import java.util.Optional;

/**
 * The standards an agent can follow; each decides where the script lives, how it is called and what its
 * exit code means.
 */
public enum AgentClass {
    /** OCF 1.1: {@code $OCF_ROOT/resource.d/PROVIDER/TYPE ACTION}, parameters in {@code OCF_RESKEY_*}. */
    OCF("ocf"),
    /** An init script: {@code /etc/init.d/NAME start|stop|status}; no parameters. */
    LSB("lsb"),
    /** Heartbeat v1 haresources scripts: {@code /etc/ha.d/resource.d/NAME ARG… start|stop|status}. */
    HEARTBEAT("heartbeat");

    private final String prefix;

    AgentClass(String prefix) {
        this.prefix = prefix;
    }

    /** The name admins write before the first colon: {@code ocf}, {@code lsb}, {@code heartbeat}. */
    public String prefix() {
        return prefix;
    }

    public static Optional<AgentClass> fromPrefix(String text) {
        String wanted = text.toLowerCase(Locale.ROOT);
        for (AgentClass agentClass : values()) {
            if (agentClass.prefix.equals(wanted)) {
                return Optional.of(agentClass);
            }
        }
        return Optional.empty();
    }
}
