package io.hactl.cib.xml;

import io.hactl.cib.CibVersion;

/**
 * Version bookkeeping on the stored CIB tree. Every change goes through the tree (so what hactl does not model
 * is kept) and bumps the version the way Pacemaker does: a configuration change bumps {@code epoch} and resets
 * {@code num_updates}, a status change bumps {@code num_updates}; {@code admin_epoch} is the admin's.
 */
public final class CibTree {
    private CibTree() {}

    /** The root's version, 0.0.0 where an attribute is missing or unreadable. */
    public static CibVersion version(XmlElement cib) {
        return new CibVersion(number(cib, "admin_epoch"), number(cib, "epoch"), number(cib, "num_updates"));
    }

    public static XmlElement withVersion(XmlElement cib, CibVersion version) {
        return cib.withAttribute("admin_epoch", Long.toString(version.adminEpoch()))
                .withAttribute("epoch", Long.toString(version.epoch()))
                .withAttribute("num_updates", Long.toString(version.numUpdates()));
    }

    /** The same tree with a new configuration section and the epoch bumped. */
    public static XmlElement withConfiguration(XmlElement cib, XmlElement configuration) {
        return withVersion(cib.withChild(configuration), version(cib).nextEpoch());
    }

    /** The same tree with a new status section and num_updates bumped. */
    public static XmlElement withStatus(XmlElement cib, XmlElement status) {
        return withVersion(cib.withChild(status), version(cib).nextUpdate());
    }

    private static long number(XmlElement cib, String attribute) {
        try {
            return Long.parseLong(cib.attributeOr(attribute, "0").trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
