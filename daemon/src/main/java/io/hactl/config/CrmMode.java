package io.hactl.config;

/**
 * {@code crm} (or its Heartbeat 3.0.4 alias {@code pacemaker}): whether resources come from the CIB
 * (Pacemaker style) or from haresources (Heartbeat v1 style). {@code respawn} means CIB mode.
 */
public enum CrmMode {
    /** haresources drives the resources. */
    HARESOURCES,
    /** The CIB drives the resources. */
    CIB
}
