package io.hactl.cib;

import java.util.Comparator;

/**
 * The CIB's version triple. As in Pacemaker, the newer CIB is the one with the larger admin_epoch, then epoch,
 * then num_updates: admins bump admin_epoch to force their copy to win, every configuration change bumps epoch,
 * every status change bumps num_updates.
 */
public record CibVersion(long adminEpoch, long epoch, long numUpdates) implements Comparable<CibVersion> {
    private static final Comparator<CibVersion> ORDER = Comparator.comparingLong(CibVersion::adminEpoch)
            .thenComparingLong(CibVersion::epoch)
            .thenComparingLong(CibVersion::numUpdates);

    public static final CibVersion INITIAL = new CibVersion(0, 0, 0);

    @Override
    public int compareTo(CibVersion other) {
        return ORDER.compare(this, other);
    }

    /** Whether this configuration is newer than {@code other}'s: admin_epoch, then epoch (status updates aside). */
    public boolean newerConfigurationThan(CibVersion other) {
        return adminEpoch != other.adminEpoch ? adminEpoch > other.adminEpoch : epoch > other.epoch;
    }

    /** After a configuration change: epoch + 1, num_updates back to 0. */
    public CibVersion nextEpoch() {
        return new CibVersion(adminEpoch, epoch + 1, 0);
    }

    /** After a status change. */
    public CibVersion nextUpdate() {
        return new CibVersion(adminEpoch, epoch, numUpdates + 1);
    }

    @Override
    public String toString() {
        return adminEpoch + "." + epoch + "." + numUpdates;
    }
}
