package io.hactl.cib;

import java.util.Optional;

/**
 * An {@code expression}: {@code attribute operation value}, e.g. {@code #uname eq ast1}. Operations: lt, gt,
 * lte, gte, eq, ne, defined, not_defined; {@code type} string (default), integer/number or version.
 */
public record RuleExpression(String id, String attribute, String operation, Optional<String> value, String type) {}
