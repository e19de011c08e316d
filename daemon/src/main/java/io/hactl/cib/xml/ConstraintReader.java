package io.hactl.cib.xml;

import io.hactl.cib.ColocationConstraint;
import io.hactl.cib.Constraint;
import io.hactl.cib.DateExpression;
import io.hactl.cib.LocationConstraint;
import io.hactl.cib.LocationRule;
import io.hactl.cib.OrderConstraint;
import io.hactl.cib.PacemakerDate;
import io.hactl.cib.RuleExpression;
import io.hactl.cib.Score;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** Reads rsc_location (plain and with rules), rsc_colocation and rsc_order. */
final class ConstraintReader {
    private static final Set<String> OPERATIONS =
            Set.of("lt", "gt", "lte", "gte", "eq", "ne", "defined", "not_defined");

    private final Problems problems;

    ConstraintReader(Problems problems) {
        this.problems = problems;
    }

    List<Constraint> read(XmlElement section, String path) {
        List<Constraint> constraints = new ArrayList<>();
        section.elements().forEach(element -> {
            String here = path + "/" + element.step();
            if (element.elements("resource_set").findAny().isPresent()) {
                problems.unsupported(here + "/resource_set", element, true);
                return;
            }
            switch (element.name()) {
                case "rsc_location" -> location(element, here).ifPresent(constraints::add);
                case "rsc_colocation" -> colocation(element, here).ifPresent(constraints::add);
                case "rsc_order" -> order(element, here).ifPresent(constraints::add);
                default -> problems.unsupported(here, element, true);
            }
        });
        return constraints;
    }

    private OptionalInt score(XmlElement element, String attribute, String path) {
        Optional<String> text = element.attribute(attribute);
        if (text.isEmpty()) {
            return OptionalInt.empty();
        }
        OptionalInt score = Score.parse(text.get());
        if (score.isEmpty()) {
            problems.error(path + "/@" + attribute, element, "score is not a number: " + text.get(),
                    "an integer, INFINITY or -INFINITY");
        }
        return score;
    }

    private boolean roleIsStarted(XmlElement element, String attribute, String path) {
        String role = element.attributeOr(attribute, "Started");
        if (!role.equals("Started")) {
            // Promotable roles do not exist without clones; a role-limited constraint would be misread.
            problems.unsupported(path + "/@" + attribute, element, true);
            return false;
        }
        return true;
    }

    private Optional<Constraint> location(XmlElement element, String path) {
        if (element.attribute("rsc-pattern").isPresent()) {
            problems.unsupported(path + "/@rsc-pattern", element, true);
            return Optional.empty();
        }
        String resource = element.attributeOr("rsc", "");
        if (resource.isEmpty()) {
            problems.error(path, element, "location constraint without rsc", "rsc=\"RESOURCE\"");
            return Optional.empty();
        }
        if (!roleIsStarted(element, "role", path)) {
            return Optional.empty();
        }
        List<LocationRule> rules = new ArrayList<>();
        element.elements().forEach(child -> {
            String here = path + "/" + child.step();
            if (child.name().equals("rule")) {
                rule(child, here).ifPresent(rules::add);
            } else {
                problems.unsupported(here, child, true);
            }
        });
        Optional<String> node = element.attribute("node");
        OptionalInt score = score(element, "score", path);
        if (rules.isEmpty() && (node.isEmpty() || score.isEmpty())) {
            problems.error(path, element, "location constraint needs node and score, or rules",
                    "node=\"NODE\" score=\"SCORE\"");
            return Optional.empty();
        }
        return Optional.of(new LocationConstraint(element.attributeOr("id", ""), resource, node, score, rules));
    }

    private Optional<LocationRule> rule(XmlElement rule, String path) {
        if (!roleIsStarted(rule, "role", path)) {
            return Optional.empty();
        }
        List<RuleExpression> expressions = new ArrayList<>();
        List<LocationRule> subRules = new ArrayList<>();
        List<DateExpression> dates = new ArrayList<>();
        rule.elements().forEach(child -> {
            String here = path + "/" + child.step();
            switch (child.name()) {
                case "expression" -> expression(child, here).ifPresent(expressions::add);
                case "rule" -> rule(child, here).ifPresent(subRules::add);
                case "date_expression" -> dateExpression(child, here).ifPresent(dates::add);
                default -> problems.unsupported(here, child, true);
            }
        });
        String booleanOp = rule.attributeOr("boolean-op", "and").toLowerCase(Locale.ROOT);
        if (!booleanOp.equals("and") && !booleanOp.equals("or")) {
            problems.error(path + "/@boolean-op", rule, "unknown boolean-op " + booleanOp, "and or or");
        }
        OptionalInt score = score(rule, "score", path);
        Optional<String> scoreAttribute = rule.attribute("score-attribute");
        return Optional.of(new LocationRule(rule.attributeOr("id", ""), score, scoreAttribute,
                !booleanOp.equals("or"), expressions, subRules, dates));
    }

    /**
     * {@code lt} (needs end), {@code gt} (needs start) and {@code in_range} (start and/or end). Where Pacemaker
     * logs an unusable date expression and treats it as not passing, hactl refuses the CIB: a move that silently
     * never applies (or never ends) is worse than an error.
     */
    private Optional<DateExpression> dateExpression(XmlElement date, String path) {
        String operation = date.attributeOr("operation", "in_range").toLowerCase(Locale.ROOT);
        DateExpression.Operation kind;
        switch (operation) {
            case "lt" -> kind = DateExpression.Operation.LT;
            case "gt" -> kind = DateExpression.Operation.GT;
            case "in_range" -> kind = DateExpression.Operation.IN_RANGE;
            case "date_spec" -> {
                problems.unsupported(path + "/@operation", date, true);
                return Optional.empty();
            }
            default -> {
                problems.error(path + "/@operation", date, "unknown date_expression operation " + operation,
                        "lt, gt or in_range");
                return Optional.empty();
            }
        }
        Optional<XmlElement> duration = date.child("duration");
        if (duration.isPresent()) {
            problems.error(path + "/" + duration.get().step(), duration.get(),
                    "not supported by hactl: <duration> in a date_expression (refused)",
                    "an end date, e.g. end=\"2026-11-25 18:00:00Z\"");
            return Optional.empty();
        }
        Optional<Instant> start = date(date, "start", path);
        Optional<Instant> end = date(date, "end", path);
        if ((date.attribute("start").isPresent() && start.isEmpty())
                || (date.attribute("end").isPresent() && end.isEmpty())) {
            return Optional.empty();
        }
        boolean complete = switch (kind) {
            case LT -> end.isPresent();
            case GT -> start.isPresent();
            case IN_RANGE -> start.isPresent() || end.isPresent();
        };
        if (!complete) {
            String needs = switch (kind) {
                case LT -> "end=\"DATE\"";
                case GT -> "start=\"DATE\"";
                case IN_RANGE -> "start=\"DATE\" and/or end=\"DATE\"";
            };
            problems.error(path, date, "date_expression " + operation + " without its date", needs);
            return Optional.empty();
        }
        return Optional.of(new DateExpression(date.attributeOr("id", ""), kind, start, end));
    }

    private Optional<Instant> date(XmlElement date, String attribute, String path) {
        Optional<String> text = date.attribute(attribute);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<Instant> instant = PacemakerDate.parse(text.get());
        if (instant.isEmpty()) {
            problems.error(path + "/@" + attribute, date, "not a date with a time zone: " + text.get(),
                    "e.g. 2026-11-25 18:00:00Z or 2026-11-25T18:00:00+01:00");
        }
        return instant;
    }

    private Optional<RuleExpression> expression(XmlElement expression, String path) {
        String operation = expression.attributeOr("operation", "");
        String attribute = expression.attributeOr("attribute", "");
        if (!OPERATIONS.contains(operation) || attribute.isEmpty()) {
            problems.error(path, expression, "expression needs an attribute and an operation",
                    "operation one of " + String.join(", ", OPERATIONS.stream().sorted().toList()));
            return Optional.empty();
        }
        if (expression.attribute("value-source").filter(v -> !v.equals("literal")).isPresent()) {
            problems.unsupported(path + "/@value-source", expression, true);
            return Optional.empty();
        }
        return Optional.of(new RuleExpression(expression.attributeOr("id", ""), attribute, operation,
                expression.attribute("value"), expression.attributeOr("type", "string")));
    }

    private Optional<Constraint> colocation(XmlElement element, String path) {
        String resource = element.attributeOr("rsc", "");
        String with = element.attributeOr("with-rsc", "");
        OptionalInt score = score(element, "score", path);
        if (resource.isEmpty() || with.isEmpty() || score.isEmpty()) {
            problems.error(path, element, "colocation needs rsc, with-rsc and score",
                    "rsc=\"A\" with-rsc=\"B\" score=\"INFINITY\"");
            return Optional.empty();
        }
        if (element.attribute("node-attribute").filter(a -> !a.equals("#uname")).isPresent()) {
            problems.unsupported(path + "/@node-attribute", element, true);
            return Optional.empty();
        }
        if (!roleIsStarted(element, "rsc-role", path) || !roleIsStarted(element, "with-rsc-role", path)) {
            return Optional.empty();
        }
        return Optional.of(new ColocationConstraint(element.attributeOr("id", ""), resource, with, score.getAsInt()));
    }

    private Optional<Constraint> order(XmlElement element, String path) {
        String first = element.attributeOr("first", "");
        String then = element.attributeOr("then", "");
        if (first.isEmpty() || then.isEmpty()) {
            problems.error(path, element, "order needs first and then", "first=\"A\" then=\"B\"");
            return Optional.empty();
        }
        String kind = element.attributeOr("kind", "");
        boolean mandatory;
        if (kind.isEmpty()) {
            // Pacemaker 1.0 CIBs give orders a score instead of a kind: 0 is optional, anything else mandatory.
            OptionalInt score = score(element, "score", path);
            mandatory = score.isEmpty() || score.getAsInt() != 0;
        } else {
            mandatory = kind.equalsIgnoreCase("Mandatory");
            if (!mandatory && !kind.equalsIgnoreCase("Optional") && !kind.equalsIgnoreCase("Serialize")) {
                problems.error(path + "/@kind", element, "unknown order kind " + kind,
                        "Mandatory, Optional or Serialize");
            }
        }
        String firstAction = element.attributeOr("first-action", "start");
        String thenAction = element.attributeOr("then-action", firstAction);
        if (!Set.of("start", "stop").contains(firstAction) || !Set.of("start", "stop").contains(thenAction)) {
            problems.unsupported(path + "/@first-action", element, true);
            return Optional.empty();
        }
        boolean symmetrical = Boolean.parseBoolean(element.attributeOr("symmetrical",
                Boolean.toString(mandatory)));
        return Optional.of(new OrderConstraint(element.attributeOr("id", ""), first, firstAction, then, thenAction,
                mandatory, symmetrical));
    }
}
