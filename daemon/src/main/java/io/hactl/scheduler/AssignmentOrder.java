package io.hactl.scheduler;

import io.hactl.cib.CibSnapshot;
import io.hactl.cib.Score;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The order in which top-level resources (ungrouped primitives and groups) are assigned: higher {@code priority}
 * first, otherwise CIB order (the sort is stable). Order matters because equal scores are broken by how many
 * resources a node already got. This is what crm_simulate 2.1.5 does on every CIB we compared; newer Pacemaker
 * sources also compare scores on the current node before falling back to CIB order, which 2.1.5 evidently does
 * not apply here (the differential test is the judge: that comparison made agreement worse, 77 % against 89 %).
 */
final class AssignmentOrder {
    private AssignmentOrder() {}

    static List<String> of(CibSnapshot cib, ResourceTable resources) {
        List<String> ids = new ArrayList<>();
        List<Integer> priorities = new ArrayList<>();
        for (String id : cib.topLevel()) {
            List<Integer> members = resources.members(id);
            if (members.isEmpty()) {
                continue;
            }
            // A group's priority is the group's own: a member's priority orders nothing at this level.
            int priority = resources.isGroup(id)
                    ? Optional.ofNullable(resources.groupMeta(id).get("priority"))
                            .or(() -> Optional.ofNullable(cib.rscDefaults().get("priority")))
                            .map(t -> Score.parse(t).orElse(0)).orElse(0)
                    : resources.settings[members.get(0)].priority();
            ids.add(id);
            priorities.add(priority);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(i -> -priorities.get(i)));
        return order.stream().map(ids::get).toList();
    }
}
