package io.hactl.cli;

import io.hactl.executor.AgentDirectories;
import io.hactl.executor.ExecutorSettings;
import io.hactl.executor.ResourceExecutor;
import io.hactl.executor.ThreadScheduling;

/** An executor for running agents right here, without the daemon, as {@code crm_resource --force-*} does. */
final class LocalAgents implements AutoCloseable {
    private final ThreadScheduling scheduling = ThreadScheduling.systemClock();
    final ResourceExecutor executor;

    LocalAgents(AgentDirectories directories) {
        executor = new ResourceExecutor(directories, ExecutorSettings.defaults().withoutOperationLog(), scheduling,
                System.getenv());
    }

    @Override
    public void close() {
        executor.close();
        scheduling.close();
    }
}
