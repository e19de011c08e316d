package io.hactl.scheduler;

import java.util.Map;
import java.util.Optional;

/** Renders a transition like crm_simulate's "Transition Summary", followed by the resulting placement. */
public final class TransitionText {
    private TransitionText() {}

    public static String render(Transition transition) {
        StringBuilder text = new StringBuilder("Transition Summary:\n");
        int width = transition.actions().stream().mapToInt(a -> a.resource().length()).max().orElse(0);
        for (PlannedAction action : transition.actions()) {
            String where;
            if (action.kind() == ActionKind.STOP) {
                where = action.from().orElse("");
            } else if (action.from().isPresent() && !action.from().equals(action.node())) {
                where = action.from().get() + " -> " + action.node().orElse("");
            } else {
                where = action.node().orElse("");
            }
            text.append(String.format("  * %-10s %-" + Math.max(1, width) + "s ( %s )%n", action.kind().label(),
                    action.resource(), where));
        }
        text.append("\nPlacement:\n");
        for (Map.Entry<String, Optional<String>> entry : transition.placement().entrySet()) {
            text.append("  * ").append(entry.getKey()).append(": ")
                    .append(entry.getValue().map(n -> "Started " + n).orElse("Stopped")).append('\n');
        }
        return text.toString();
    }
}
