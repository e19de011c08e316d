package io.hactl.membership;

import java.time.Instant;

/** One operator-readable log line per node event, in the words of Heartbeat's own messages. */
final class NodeEventLog {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Membership.class);

    private NodeEventLog() {}

    static void log(NodeEvent event, FailureDetectorSettings fd, Instant now) {
        ClusterView v = event.view();
        if (event instanceof NodeEvent.Joined j) {
            log.atInfo().setMessage("node joined")
                    .addKeyValue("node", j.node()).addKeyValue("view", v.id()).addKeyValue("dc", v.dc())
                    .addKeyValue("members", v.members()).log();
        } else if (event instanceof NodeEvent.Left l) {
            log.atInfo().setMessage("node left cleanly")
                    .addKeyValue("node", l.node()).addKeyValue("view", v.id()).addKeyValue("dc", v.dc())
                    .addKeyValue("members", v.members()).log();
        } else if (event instanceof NodeEvent.Late l) {
            log.atWarn().setMessage("late heartbeat from " + l.node() + ": " + l.silence().toMillis() + " ms")
                    .addKeyValue("node", l.node()).addKeyValue("warntime", FailureDetectorSettings.ms(fd.warntime()))
                    .addKeyValue("deadtime", FailureDetectorSettings.ms(fd.deadtime())).log();
        } else if (event instanceof NodeEvent.Dead d) {
            String message = d.lastHeard()
                    .map(age -> d.node() + " dead: last heartbeat " + now.minus(age) + " (" + age.toMillis()
                            + " ms ago), deadtime " + FailureDetectorSettings.ms(fd.deadtime()))
                    .orElse(d.node() + " dead: not heard within initdead " + FailureDetectorSettings.ms(fd.initdead()));
            log.atWarn().setMessage(message)
                    .addKeyValue("node", d.node()).addKeyValue("view", v.id()).addKeyValue("dc", v.dc())
                    .addKeyValue("members", v.members()).log();
        }
    }
}
