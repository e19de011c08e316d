package io.hactl;

/**
 * Exit statuses of {@code hactl} and {@code hactld}.
 *
 * <p>Low numbers follow what admins script against today: 0 success, 1 "the check found problems",
 * 2 a usage error (as picocli and {@code crm_verify} do). Above those we use Pacemaker's
 * {@code crm_exit_t} numbers ({@code include/crm/common/results.h}) so that wrappers written for
 * {@code crm_resource} or {@code crm_mon} read ours the same way.
 */
public enum ExitCode {
    OK(0),
    ERROR(1),
    USAGE(2),
    /** A service hactl relies on does not exist yet or is down (sysexits EX_UNAVAILABLE, Pacemaker's 69). */
    UNAVAILABLE(69),
    /** The caller may not do this: hactld refused its credentials (Pacemaker's CRM_EX_INSUFFICIENT_PRIV). */
    NO_PERMISSION(77),
    /** The configuration is invalid (sysexits EX_CONFIG, as Pacemaker uses it). */
    CONFIG(78),
    FATAL(100),
    /** The daemon is not running or its control socket cannot be reached. */
    DISCONNECT(102),
    /** The object asked for does not exist, e.g. a cluster property that is not set (Pacemaker's CRM_EX_NOSUCH). */
    NO_SUCH(105),
    TIMEOUT(124);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
