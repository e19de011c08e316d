package io.hactl.config;

/** Errors stop the daemon from starting (and make {@code hactl config verify} exit 1); warnings do not. */
public enum Severity {
    ERROR,
    WARNING
}
