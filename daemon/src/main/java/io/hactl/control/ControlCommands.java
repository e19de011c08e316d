package io.hactl.control;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The commands the control socket answers, by name, and the one place a request becomes a reply: look the
 * command up, check the caller may run it, run it, and turn every failure into a reply the client can print.
 */
public final class ControlCommands {
    private static final Logger log = LoggerFactory.getLogger(ControlCommands.class);

    private final Map<String, ControlCommand> byName = new TreeMap<>();
    private final AccessPolicy policy;

    public ControlCommands(AccessPolicy policy, List<ControlCommand> commands) {
        this.policy = policy;
        for (ControlCommand command : commands) {
            if (byName.putIfAbsent(command.name(), command) != null) {
                throw new IllegalArgumentException("two control commands named " + command.name());
            }
        }
    }

    public Optional<ControlCommand> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public ControlReply dispatch(ControlRequest request, Caller caller) {
        ControlCommand command = byName.get(request.command());
        if (command == null) {
            return new ControlReply.Refused(ControlReply.Failure.UNKNOWN_COMMAND, "hactld has no command \""
                    + request.command() + "\"; it knows " + String.join(", ", byName.keySet()));
        }
        Optional<String> refusal = policy.refusal(caller, command.access());
        if (refusal.isPresent()) {
            log.atWarn().setMessage("control request refused").addKeyValue("command", command.name())
                    .addKeyValue("uid", caller.uid()).addKeyValue("pid", caller.pid()).log();
            return new ControlReply.Refused(ControlReply.Failure.DENIED, refusal.get());
        }
        try {
            return new ControlReply.Done(command.run(request.arguments()));
        } catch (IllegalArgumentException e) {
            return new ControlReply.Refused(ControlReply.Failure.BAD_REQUEST, e.getMessage());
        } catch (RuntimeException e) {
            log.atError().setCause(e).addKeyValue("command", command.name()).log("control command failed");
            return new ControlReply.Refused(ControlReply.Failure.FAILED, command.name() + " failed in hactld: " + e);
        }
    }
}
