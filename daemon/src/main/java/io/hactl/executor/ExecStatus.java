package io.hactl.executor;

/**
 * Whether an operation ran to completion, kept apart from what the agent answered ({@link OcfRc}),
 * as Pacemaker keeps {@code enum pcmk_exec_status} apart from {@code enum ocf_exitcode}. Only
 * {@link #DONE} carries an rc the agent chose; the others say why there is none.
 */
public enum ExecStatus {
    /** The agent ran and exited; its rc is the answer. */
    DONE,
    /** The agent did not finish within the operation's timeout; its process group was killed. */
    TIMEOUT,
    /** The agent script does not exist or is not executable (the rc is then {@link OcfRc#NOT_INSTALLED}). */
    NOT_INSTALLED,
    /** The agent could not be started at all (fork failed, setsid missing…). */
    ERROR,
    /** The operation was dropped before it ran, e.g. a queued monitor when the resource is being stopped. */
    CANCELLED
}
