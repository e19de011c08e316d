package io.hactl.cib.verify;

import io.hactl.cib.Primitive;
import java.util.Optional;
import java.util.Set;

/**
 * What verify needs to know about resource agents, without depending on the executor that runs them: whether an
 * agent is installed, and which parameters its meta-data marks required. The executor provides the full
 * implementation (it reads meta-data); {@link InstalledAgents} answers the first question from the file system.
 */
public interface AgentCatalog {
    /** Whether the agent script exists where its class says (ocf, lsb, heartbeat...). */
    boolean isInstalled(Primitive primitive);

    /** Required parameters from the agent's meta-data, or empty when the meta-data is not known. */
    Optional<Set<String>> requiredParameters(Primitive primitive);
}
