package io.hactl.scheduler;

/**
 * What the operation history says about one resource on one node.
 *
 * @param running     the resource is (or may be) active there and must be stopped before it runs elsewhere
 * @param failed      its last operation failed: it needs recovery (stop, then start)
 * @param stopFailed  a stop failed: without fencing the resource is blocked there, never started elsewhere
 * @param startedAt   when the start that left it running there succeeded (epoch seconds), or -1 if nothing
 *                    started it there that the history shows (found running by a probe)
 */
record ActiveState(boolean running, boolean failed, boolean stopFailed, long startedAt) {
    static final ActiveState STOPPED = new ActiveState(false, false, false, -1);
}
