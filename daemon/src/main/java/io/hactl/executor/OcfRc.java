package io.hactl.executor;

import java.util.Locale;

/**
 * What an agent answered, in OCF terms. Every agent class is mapped into this one enum, in this one
 * place: OCF agents exit with these numbers directly, LSB init scripts through
 * {@link #fromLsbStatus(int)} / {@link #fromLsbAction(int)} (Pacemaker's {@code services_lsb.c}),
 * Heartbeat scripts through {@link #fromHeartbeatStatus(String)} (old lrmd's {@code hb2uniform_rc}).
 *
 * <p>The numbers belong to the OCF Resource Agent API 1.1; 190 and 191 are its "degraded" additions.
 */
public enum OcfRc {
    OK(0, "ok"),
    /** Monitor: failed or state undetermined. Anything else: the action failed. */
    GENERIC_ERROR(1, "error"),
    /** Invalid parameter in this node's context: another node may do better. */
    INVALID_PARAMETER(2, "invalid parameter"),
    UNIMPLEMENTED(3, "unimplemented feature"),
    INSUFFICIENT_PRIVILEGE(4, "insufficient privileges"),
    /** A tool or file the agent needs is missing on this node. */
    NOT_INSTALLED(5, "not installed"),
    /** The configuration is inherently invalid: retrying on another node will not help. */
    NOT_CONFIGURED(6, "not configured"),
    /** Monitor only: the resource is cleanly stopped. Stop never answers this; it answers OK. */
    NOT_RUNNING(7, "not running"),
    RUNNING_PROMOTED(8, "promoted"),
    FAILED_PROMOTED(9, "promoted (failed)"),
    DEGRADED(190, "degraded"),
    DEGRADED_PROMOTED(191, "promoted (degraded)");

    private final int code;
    private final String meaning;

    OcfRc(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    /** The words crm_mon uses, e.g. {@code not running} for 7. */
    public String meaning() {
        return meaning;
    }

    /** {@code 7 (not running)}, as logs and {@code hactl resource exec} print it. */
    public String describe() {
        return code + " (" + meaning + ")";
    }

    /** An OCF agent's exit code. Codes outside the spec (e.g. 128+n after a signal) count as a generic error. */
    public static OcfRc fromOcfExit(int exitCode) {
        for (OcfRc rc : values()) {
            if (rc.code == exitCode) {
                return rc;
            }
        }
        return GENERIC_ERROR;
    }

    /**
     * An init script's exit code for start, stop and every action but status. LSB gives 0–7 the same
     * meanings as OCF; anything else is a generic error.
     */
    public static OcfRc fromLsbAction(int exitCode) {
        return exitCode >= 0 && exitCode <= 7 ? fromOcfExit(exitCode) : GENERIC_ERROR;
    }

    /** An init script's exit code for {@code status}, which LSB numbers differently from the other actions. */
    public static OcfRc fromLsbStatus(int exitCode) {
        return switch (exitCode) {
            case 0 -> OK;                          // program is running or service is OK
            case 1, 2, 3 -> NOT_RUNNING;           // dead with pid file, dead with lock file, not running:
                                                   // all three mean "not running here", as Pacemaker reads them
            case 150 -> NOT_INSTALLED;             // Pacemaker's own status code from LSB's 150-199 application range
            case 151 -> INSUFFICIENT_PRIVILEGE;    // likewise
            default -> GENERIC_ERROR;              // 4 "status unknown" and anything unexpected
        };
    }

    /**
     * A Heartbeat resource script's answer to {@code status}: the exit code is ignored and stdout judged, as
     * Heartbeat's lrmd did. "stopped" or "not running" (any case) means not running; otherwise "running"
     * (any case) or "OK" (exactly) means running; anything else, including silence, means not running.
     */
    public static OcfRc fromHeartbeatStatus(String stdout) {
        String lower = stdout.toLowerCase(Locale.ROOT);
        if (lower.contains("stopped") || lower.contains("not running")) {
            return NOT_RUNNING;
        }
        if (lower.contains("running") || stdout.contains("OK")) {
            return OK;
        }
        return NOT_RUNNING;
    }
}
