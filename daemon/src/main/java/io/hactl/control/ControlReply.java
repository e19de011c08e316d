package io.hactl.control;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * hactld's answer to one {@link ControlRequest}. On the wire, one line of JSON:
 * {@code {"v":1,"ok":true,"result":{…}}} or {@code {"v":1,"ok":false,"error":"denied","message":"…"}}.
 */
public sealed interface ControlReply {

    /**
     * The command ran; what it returned. Keys keep their order, so {@code hactl --json} prints fields as the daemon
     * wrote them, and a value may be null (JSON's null, e.g. a property that is not set).
     */
    record Done(Map<String, Object> result) implements ControlReply {
        public Done {
            result = Collections.unmodifiableMap(new LinkedHashMap<>(result));
        }
    }

    /** The command did not run, or failed; {@code message} is written for the admin. */
    record Refused(Failure failure, String message) implements ControlReply {
    }

    /** Why a request got no result. The wire names are part of the protocol. */
    enum Failure {
        /** The caller's credentials do not allow this command (ha.cf apiauth). */
        DENIED("denied"),
        /** No such command in this hactld (an older daemon than the client, or a typo). */
        UNKNOWN_COMMAND("unknown-command"),
        /** The request could not be read, or its arguments are wrong. */
        BAD_REQUEST("bad-request"),
        /** The command failed inside hactld: a bug or a resource it needs is missing. */
        FAILED("failed");

        private final String wireName;

        Failure(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }

        static Failure fromWire(String name) {
            for (Failure f : values()) {
                if (f.wireName.equals(name)) {
                    return f;
                }
            }
            return FAILED;
        }
    }
}
