package io.hactl.executor;

/** The exit reason an agent gave, made safe to show in one status line. */
final class ExitReasons {
    /** As Pacemaker's lrmd: exit reasons are a headline, not a log. */
    static final int MAX_LENGTH = 128;

    private ExitReasons() {}

    static String clean(String raw) {
        String reason = raw.strip();
        return reason.length() > MAX_LENGTH ? reason.substring(0, MAX_LENGTH) : reason;
    }
}
