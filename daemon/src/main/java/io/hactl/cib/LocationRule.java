package io.hactl.cib;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A {@code rule} of a location constraint: when it matches a node, the node gets {@code score} (or the value of
 * the node attribute named by {@code scoreAttribute}). Sub-rules and date expressions are combined like
 * expressions.
 *
 * @param and true for {@code boolean-op="and"} (the default), false for {@code or}
 */
public record LocationRule(
        String id,
        OptionalInt score,
        Optional<String> scoreAttribute,
        boolean and,
        List<RuleExpression> expressions,
        List<LocationRule> subRules,
        List<DateExpression> dateExpressions) {
    public LocationRule {
        expressions = List.copyOf(expressions);
        subRules = List.copyOf(subRules);
        dateExpressions = List.copyOf(dateExpressions);
    }

    /** A rule without date expressions. */
    public LocationRule(String id, OptionalInt score, Optional<String> scoreAttribute, boolean and,
            List<RuleExpression> expressions, List<LocationRule> subRules) {
        this(id, score, scoreAttribute, and, expressions, subRules, List.of());
    }
}
