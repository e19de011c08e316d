package io.hactl.cib;

import java.time.Instant;
import java.util.Optional;

/**
 * A {@code date_expression} of a rule: true while "now" is in its range. {@code crm_resource --move --lifetime}
 * writes one ({@code operation="lt" end="..."}) so that its constraint stops applying at the end.
 *
 * @param start inclusive for {@code in_range}, exclusive for {@code gt}
 * @param end   inclusive for {@code in_range}, exclusive for {@code lt}
 */
public record DateExpression(String id, Operation operation, Optional<Instant> start, Optional<Instant> end) {

    /** Pacemaker's date operations hactl models; {@code date_spec} (recurring times) is not one of them. */
    public enum Operation {
        /** {@code lt}: now before {@code end}. */
        LT,
        /** {@code gt}: now after {@code start}. */
        GT,
        /** {@code in_range} (the default): {@code start <= now <= end}, either bound may be absent. */
        IN_RANGE
    }

    /** Whether "now" is in the range, compared to the second as Pacemaker's {@code crm_time_compare} does. */
    public boolean holdsAt(Instant now) {
        long at = now.getEpochSecond();
        return switch (operation) {
            case LT -> end.isPresent() && at < end.get().getEpochSecond();
            case GT -> start.isPresent() && at > start.get().getEpochSecond();
            case IN_RANGE -> (start.isPresent() || end.isPresent())
                    && start.map(s -> at >= s.getEpochSecond()).orElse(true)
                    && end.map(e -> at <= e.getEpochSecond()).orElse(true);
        };
    }

    /** When it stops holding for good: the end of an {@code lt} or {@code in_range}, empty for {@code gt}. */
    public Optional<Instant> expires() {
        return operation == Operation.GT ? Optional.empty() : end;
    }
}
