package io.hactl.membership;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Counters of the authkeys layer since start: datagrams accepted and dropped, by reason.
 *
 * @param accepted datagrams whose authenticator, sender and sequence were good
 * @param rejected dropped datagrams per reason; every reason is present, zero when none
 *
 * <p>Datagrams whose JGroups framing is unreadable, or that carry another JGroups version or cluster name, are
 * discarded by the transport before this layer sees them; they are not counted here.
 */
public record AuthStats(long accepted, Map<Rejection, Long> rejected) {

    public AuthStats {
        EnumMap<Rejection, Long> all = new EnumMap<>(Rejection.class);
        for (Rejection r : Rejection.values()) {
            all.put(r, rejected.getOrDefault(r, 0L));
        }
        rejected = Collections.unmodifiableMap(all);
    }

    public long rejected(Rejection reason) {
        return rejected.get(reason);
    }

    public long totalRejected() {
        return rejected.values().stream().mapToLong(Long::longValue).sum();
    }
}
