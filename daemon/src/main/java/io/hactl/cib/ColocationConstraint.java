package io.hactl.cib;

/** {@code rsc_colocation}: {@code resource} wants to run where {@code withResource} runs, by {@code score}. */
public record ColocationConstraint(String id, String resource, String withResource, int score) implements Constraint {}
