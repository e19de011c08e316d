package io.hactl.scheduler;

import io.hactl.cib.DateExpression;
import io.hactl.cib.LocationRule;
import io.hactl.cib.RuleExpression;
import java.time.Instant;
import java.util.Map;

/**
 * Evaluates location rules against one node's attributes ({@code #uname}, {@code #kind}, standby, ...) and the
 * scheduler's "now" (date expressions: a move made with a lifetime stops applying at its end).
 */
final class RuleEvaluator {
    private RuleEvaluator() {}

    static boolean matches(LocationRule rule, Map<String, String> attributes, Instant now) {
        if (rule.expressions().isEmpty() && rule.subRules().isEmpty() && rule.dateExpressions().isEmpty()) {
            return true;
        }
        boolean and = rule.and();
        boolean result = and;
        for (RuleExpression expression : rule.expressions()) {
            boolean value = matches(expression, attributes);
            result = and ? result && value : result || value;
        }
        for (DateExpression date : rule.dateExpressions()) {
            boolean value = date.holdsAt(now);
            result = and ? result && value : result || value;
        }
        for (LocationRule sub : rule.subRules()) {
            boolean value = matches(sub, attributes, now);
            result = and ? result && value : result || value;
        }
        return result;
    }

    static boolean matches(RuleExpression expression, Map<String, String> attributes) {
        String actual = attributes.get(expression.attribute());
        switch (expression.operation()) {
            case "defined":
                return actual != null;
            case "not_defined":
                return actual == null;
            default:
                break;
        }
        if (actual == null || expression.value().isEmpty()) {
            // Pacemaker: a comparison with a missing attribute is false, except ne, which is true.
            return expression.operation().equals("ne");
        }
        int comparison = compare(actual, expression.value().get(), expression.type());
        return switch (expression.operation()) {
            case "eq" -> comparison == 0;
            case "ne" -> comparison != 0;
            case "lt" -> comparison < 0;
            case "lte" -> comparison <= 0;
            case "gt" -> comparison > 0;
            case "gte" -> comparison >= 0;
            default -> false;
        };
    }

    private static int compare(String actual, String expected, String type) {
        if (type.equals("integer") || type.equals("number")) {
            try {
                return Double.compare(Double.parseDouble(actual), Double.parseDouble(expected));
            } catch (NumberFormatException e) {
                return actual.compareTo(expected);
            }
        }
        if (type.equals("version")) {
            String[] a = actual.split("\\.");
            String[] b = expected.split("\\.");
            for (int i = 0; i < Math.max(a.length, b.length); i++) {
                int x = i < a.length ? parseOrZero(a[i]) : 0;
                int y = i < b.length ? parseOrZero(b[i]) : 0;
                if (x != y) {
                    return Integer.compare(x, y);
                }
            }
            return 0;
        }
        return actual.compareTo(expected);
    }

    private static int parseOrZero(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
