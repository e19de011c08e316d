package io.hactl.executor;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Names one agent the way the CIB and haresources do: {@code ocf:heartbeat:IPaddr2},
 * {@code ocf:hactl:asterisk}, {@code lsb:asterisk}, {@code heartbeat:IPaddr}.
 *
 * @param provider the OCF provider; empty for the LSB and heartbeat classes
 */
public record AgentRef(AgentClass agentClass, String provider, String type) {
    /** Agent and provider names become path components, so they must not climb out of the agent directory. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.@+-]*");

    public AgentRef {
        Objects.requireNonNull(agentClass, "agentClass");
        provider = provider == null ? "" : provider;
        Objects.requireNonNull(type, "type");
        if (!NAME.matcher(type).matches()) {
            throw new IllegalArgumentException("invalid agent name '" + type + "'");
        }
        if (agentClass == AgentClass.OCF && !NAME.matcher(provider).matches()) {
            throw new IllegalArgumentException("invalid OCF provider '" + provider + "'");
        }
        if (agentClass != AgentClass.OCF && !provider.isEmpty()) {
            throw new IllegalArgumentException(agentClass.prefix() + " agents have no provider");
        }
    }

    public static AgentRef ocf(String provider, String type) {
        return new AgentRef(AgentClass.OCF, provider, type);
    }

    public static AgentRef lsb(String name) {
        return new AgentRef(AgentClass.LSB, "", name);
    }

    public static AgentRef heartbeat(String name) {
        return new AgentRef(AgentClass.HEARTBEAT, "", name);
    }

    /**
     * Reads {@code CLASS:PROVIDER:TYPE} (OCF) or {@code CLASS:TYPE} (lsb, heartbeat).
     *
     * @return the agent, or empty with {@code why} explaining what was expected
     */
    public static Optional<AgentRef> parse(String text, StringBuilder why) {
        String[] parts = text.split(":", -1);
        Optional<AgentClass> agentClass = parts.length < 2 ? Optional.empty() : AgentClass.fromPrefix(parts[0]);
        if (agentClass.isEmpty()) {
            why.append("'").append(text)
                    .append("' is not an agent name; expected ocf:PROVIDER:TYPE, lsb:NAME or heartbeat:NAME");
            return Optional.empty();
        }
        int expectedParts = agentClass.get() == AgentClass.OCF ? 3 : 2;
        if (parts.length != expectedParts) {
            String expected = agentClass.get() == AgentClass.OCF ? "ocf:PROVIDER:TYPE" : agentClass.get().prefix() + ":NAME";
            why.append("'").append(text).append("': expected ").append(expected);
            return Optional.empty();
        }
        try {
            return Optional.of(expectedParts == 3
                    ? new AgentRef(agentClass.get(), parts[1], parts[2])
                    : new AgentRef(agentClass.get(), "", parts[1]));
        } catch (IllegalArgumentException e) {
            why.append("'").append(text).append("': ").append(e.getMessage());
            return Optional.empty();
        }
    }

    /** As {@link #parse(String, StringBuilder)}, for text the program itself wrote. */
    public static AgentRef parse(String text) {
        StringBuilder why = new StringBuilder();
        return parse(text, why).orElseThrow(() -> new IllegalArgumentException(why.toString()));
    }

    @Override
    public String toString() {
        return agentClass == AgentClass.OCF
                ? "ocf:" + provider + ":" + type
                : agentClass.prefix() + ":" + type;
    }
}
