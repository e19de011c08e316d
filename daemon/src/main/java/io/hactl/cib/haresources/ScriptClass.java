package io.hactl.cib.haresources;

/** Where a haresources script name resolves: Heartbeat's own resource.d, or only an init script. */
public enum ScriptClass {
    /** {@code /etc/ha.d/resource.d/NAME}, called with positional arguments before the action. */
    HEARTBEAT,
    /** Only {@code /etc/init.d/NAME} has it: an LSB init script, called with the action alone. */
    LSB
}
