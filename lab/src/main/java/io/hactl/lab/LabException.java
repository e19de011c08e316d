package io.hactl.lab;

/** The lab could not build or drive a host: a command failed, timed out, or the machine lacks a tool. */
public final class LabException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LabException(String message) {
        super(message);
    }

    public LabException(String message, Throwable cause) {
        super(message, cause);
    }
}
