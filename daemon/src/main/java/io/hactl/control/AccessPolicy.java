package io.hactl.control;

import io.hactl.config.ApiAuth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Who may use the control socket, decided from the caller's kernel credentials:
 * <ul>
 *   <li>root, always;</li>
 *   <li>with an {@code apiauth hactl …} line in ha.cf (or else {@code apiauth default …}): the users in its
 *       {@code uid=} list and the members of the groups in its {@code gid=} list, for every command;</li>
 *   <li>with neither: members of group {@value #HACLIENT}, Heartbeat's default for its clients;</li>
 *   <li>read-only commands (cl_status, status) also to members of {@value #HACLIENT} in any case.</li>
 * </ul>
 * Everyone else gets a refusal that says which rule applies.
 */
public final class AccessPolicy {
    public static final String HACLIENT = "haclient";
    public static final String CLIENT_NAME = "hactl";

    private final Optional<ApiAuth> entry;
    private final LocalAccounts accounts;

    public AccessPolicy(List<ApiAuth> apiauth, LocalAccounts accounts) {
        this.entry = apiauth.stream().filter(a -> a.client().equals(CLIENT_NAME)).findFirst()
                .or(() -> apiauth.stream().filter(a -> a.client().equals("default")).findFirst());
        this.accounts = accounts;
    }

    /** Empty when the caller may run a command of this kind; otherwise why not, for the admin. */
    public Optional<String> refusal(Caller caller, Access access) {
        if (caller.isRoot()) {
            return Optional.empty();
        }
        Set<Integer> groups = accounts.groupsOf(caller);
        boolean haclient = inGroup(groups, HACLIENT);
        if (entry.isPresent() ? allowedBy(entry.get(), caller, groups) : haclient) {
            return Optional.empty();
        }
        if (access == Access.READ_ONLY && haclient) {
            return Optional.empty();
        }
        String who = "user " + accounts.userName(caller.uid()) + " (uid " + caller.uid() + ")";
        String rule = entry.map(e -> "ha.cf line " + e.line() + " (apiauth " + e.client()
                        + (e.uids().isEmpty() ? "" : " uid=" + String.join(",", e.uids()))
                        + (e.gids().isEmpty() ? "" : " gid=" + String.join(",", e.gids())) + ")"
                        + (access == Access.READ_ONLY ? " and group " + HACLIENT : "") + " allow")
                .orElse("only root and group " + HACLIENT + " may use it (ha.cf has no apiauth hactl)");
        return Optional.of("permission denied: " + who + " may not use hactld's control socket; "
                + (entry.isPresent() ? rule + " others" : rule));
    }

    /** apiauth may name a user or group by number, as Heartbeat allowed. */
    private static Optional<OptionalInt> number(String id) {
        return id.matches("[0-9]{1,9}") ? Optional.of(OptionalInt.of(Integer.parseInt(id))) : Optional.empty();
    }

    private boolean allowedBy(ApiAuth auth, Caller caller, Set<Integer> groups) {
        boolean byUid = auth.uids().stream().map(u -> number(u).orElseGet(() -> accounts.uidOf(u)))
                .anyMatch(uid -> uid.isPresent() && uid.getAsInt() == caller.uid());
        boolean byGid = auth.gids().stream().anyMatch(g -> inGroup(groups, g));
        return byUid || byGid;
    }

    private boolean inGroup(Set<Integer> groups, String group) {
        OptionalInt gid = number(group).orElseGet(() -> accounts.gidOf(group));
        return gid.isPresent() && groups.contains(gid.getAsInt());
    }
}
