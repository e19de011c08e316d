package io.hactl.control;

import java.util.OptionalInt;
import java.util.Set;

/** The host's users and groups, as far as access checks need them. Tests substitute their own. */
public interface LocalAccounts {

    OptionalInt uidOf(String user);

    OptionalInt gidOf(String group);

    /** The user's name, or the number as text when it has none. */
    String userName(int uid);

    /** Every group the caller's process is in: its gid and, where the kernel tells, its supplementary groups. */
    Set<Integer> groupsOf(Caller caller);
}
