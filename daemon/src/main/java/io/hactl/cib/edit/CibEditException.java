package io.hactl.cib.edit;

/**
 * A change an admin asked for that cannot be made to this CIB: an unknown resource, a group member moved alone,
 * a property value Pacemaker would not accept. The message is one line naming what was wrong and what exists or
 * was expected, ready to print.
 */
public final class CibEditException extends IllegalArgumentException {
    public CibEditException(String message) {
        super(message);
    }
}
