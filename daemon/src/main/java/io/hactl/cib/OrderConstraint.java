package io.hactl.cib;

/**
 * {@code rsc_order}: {@code firstAction} of {@code first} before {@code thenAction} of {@code then}.
 *
 * @param mandatory   kind Mandatory (or a score &gt; 0 in old CIBs); Optional and Serialize only order actions
 *                    that happen to be in the same transition
 * @param symmetrical stops happen in the reverse order (the default for Mandatory)
 */
public record OrderConstraint(
        String id, String first, String firstAction, String then, String thenAction, boolean mandatory,
        boolean symmetrical) implements Constraint {}
