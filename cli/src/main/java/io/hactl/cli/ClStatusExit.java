package io.hactl.cli;

/**
 * {@code cl_status}'s own exit statuses (heartbeat's {@code cl_status.c}), which scripts written for Heartbeat
 * test. hactl-specific failures (daemon unreachable, permission, resource status) use {@link io.hactl.ExitCode}.
 */
enum ClStatusExit {
    /** Success; for nodestatus the node is active/up, for hblinkstatus the link is up, for hbstatus it runs. */
    OK(0),
    /** "Normal" failure: the node or link is dead, or heartbeat (here: hactld) is stopped. */
    NORMAL_FAIL(1),
    /** Unknown node name, missing parameter. */
    PARAMETER_ERROR(11),
    /** The daemon did not answer in time (cl_status's 5 s alarm). */
    TIMEOUT(12),
    /** Unknown link, or an answer that could not be read. */
    UNKNOWN_ERROR(13);

    private final int code;

    ClStatusExit(int code) {
        this.code = code;
    }

    int code() {
        return code;
    }
}
