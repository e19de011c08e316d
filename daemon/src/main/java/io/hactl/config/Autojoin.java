package io.hactl.config;

/**
 * {@code autojoin}: whether a node not listed by a {@code node} directive may join.
 * {@code none} (the default) admits listed nodes only; {@code other} and {@code any} admit nodes that
 * authenticate with authkeys (Heartbeat distinguishes the two only for its own node cache; we treat them alike).
 */
public enum Autojoin {
    NONE,
    OTHER,
    ANY;

    public boolean admitsUnlistedNodes() {
        return this != NONE;
    }
}
