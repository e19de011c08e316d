package io.hactl.membership;

/** Why a datagram was dropped before reaching the cluster protocols. Words chosen for the admin's log. */
public enum Rejection {
    /** Not a hactl envelope at all, or cut short: truncated, corrupted lengths, wrong magic. */
    MALFORMED("malformed"),
    /** Signed with an authkeys id this node does not list. */
    UNKNOWN_KEY("unknown key id"),
    /** The authenticator does not match: forged, corrupted, or a different secret under the same id. */
    BAD_AUTHENTICATOR("bad authenticator"),
    /** Already delivered, or from an older generation of the sender. */
    REPLAYED("replayed"),
    /** Correctly signed, by a node ha.cf does not list, while {@code autojoin none}. */
    UNLISTED_NODE("node not in ha.cf");

    private final String words;

    Rejection(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
