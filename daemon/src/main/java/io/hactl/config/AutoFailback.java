package io.hactl.config;

/**
 * {@code auto_failback}: whether resources return to their preferred (haresources) node when it comes back.
 * {@code legacy} is Heartbeat's default and behaves as {@code on}; Heartbeat warns about it at start-up, and so do we.
 */
public enum AutoFailback {
    ON,
    OFF,
    LEGACY;

    /** Whether resources move back to their preferred node when it rejoins. */
    public boolean failsBack() {
        return this != OFF;
    }
}
