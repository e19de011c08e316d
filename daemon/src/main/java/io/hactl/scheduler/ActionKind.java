package io.hactl.scheduler;

/** What the transition does to a resource, in crm_simulate's words. */
public enum ActionKind {
    /** Stopped now, started on a node. */
    START("Start"),
    /** Running now, stopped (banned, target-role Stopped, no node left...). */
    STOP("Stop"),
    /** Healthy, stopped on one node and started on another. */
    MOVE("Move"),
    /** Failed: stopped and started again, in place or elsewhere. */
    RECOVER("Recover"),
    /** Healthy, stopped and started in place because something it depends on restarts. */
    RESTART("Restart");

    private final String label;

    ActionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
