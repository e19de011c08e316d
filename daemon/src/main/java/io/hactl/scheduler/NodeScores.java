package io.hactl.scheduler;

import io.hactl.cib.Score;
import java.util.Arrays;

/**
 * One resource's score per node, plus whether the node is allowed at all: in an asymmetric cluster (opt-in)
 * a node is allowed only once a location constraint names it, and "not allowed" differs from a score of 0.
 */
final class NodeScores {
    final int[] score;
    final boolean[] allowed;

    NodeScores(int nodes, boolean allowAll) {
        score = new int[nodes];
        allowed = new boolean[nodes];
        Arrays.fill(allowed, allowAll);
    }

    private NodeScores(int[] score, boolean[] allowed) {
        this.score = score;
        this.allowed = allowed;
    }

    NodeScores copy() {
        return new NodeScores(score.clone(), allowed.clone());
    }

    void add(int node, int value) {
        allowed[node] = true;
        score[node] = Score.add(score[node], value);
    }

    void banAll() {
        Arrays.fill(score, -Score.INFINITY);
    }

    /** The score a node competes with: -INFINITY when it cannot run resources or is not allowed. */
    int effective(int node, NodeTable nodes) {
        return allowed[node] && nodes.isAvailable(node) ? score[node] : -Score.INFINITY;
    }

    boolean anyUsable(NodeTable nodes) {
        for (int node = 0; node < score.length; node++) {
            if (effective(node, nodes) >= 0) {
                return true;
            }
        }
        return false;
    }
}
