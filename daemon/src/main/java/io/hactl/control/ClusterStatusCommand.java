package io.hactl.control;

import io.hactl.controller.Controller;
import io.hactl.membership.MembershipQuery;
import io.hactl.status.LiveStatus;
import io.hactl.status.StatusModel;
import io.hactl.status.StatusModelBuilder;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code status}: the cluster as this node sees it, from its copy of the CIB (replicated from the coordinator)
 * and membership. Result: {@code {"text": SCREEN, "document": STATUS-JSON}} (the document is what
 * {@code hactl status --json} prints; its schema is documented in the README).
 */
public final class ClusterStatusCommand implements ControlCommand {
    private final Controller controller;
    private final MembershipQuery membership;
    private final Clock clock;

    public ClusterStatusCommand(Controller controller, MembershipQuery membership, Clock clock) {
        this.controller = controller;
        this.membership = membership;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "status";
    }

    @Override
    public Access access() {
        return Access.READ_ONLY;
    }

    @Override
    public Map<String, Object> run(Map<String, Object> arguments) {
        Controller.Snapshot snapshot = controller.snapshot();
        Instant now = clock.instant();
        String dc = membership.view().dc();
        StatusModel model = StatusModelBuilder.build(snapshot.cib(), membership.nodes(), dc.isEmpty() ? null : dc,
                snapshot.cib().haveQuorum(), now);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("text", LiveStatus.text(model, snapshot.notes(), now));
        result.put("document", LiveStatus.document(model, snapshot.notes()));
        return result;
    }
}
