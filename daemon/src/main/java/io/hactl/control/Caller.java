package io.hactl.control;

/** Who is on the other end of a control connection, as the kernel vouches for it (SO_PEERCRED). */
public record Caller(int uid, int gid, int pid) {
    public static final int ROOT = 0;

    public boolean isRoot() {
        return uid == ROOT;
    }
}
