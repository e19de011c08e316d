package io.hactl.control;

import java.util.Map;

/**
 * One command of the control socket. Runs on the control socket's worker thread, never on Netty's event loop,
 * so it may block briefly (read a file, ask membership); one command runs at a time.
 */
public interface ControlCommand {

    /** The name clients send, e.g. {@code nodes}. */
    String name();

    Access access();

    /**
     * @return the result object
     * @throws IllegalArgumentException when the arguments are wrong; the client gets {@code bad-request} and the
     *                                  message
     */
    Map<String, Object> run(Map<String, Object> arguments);
}
