package io.hactl.cib;

/** The constraints hactl schedules with: location, colocation and order. */
public sealed interface Constraint permits LocationConstraint, ColocationConstraint, OrderConstraint {
    String id();
}
