package io.hactl.e2e;

/** The faults of the seed's tests and of what callers meet, each injected on the node running the group (ast1). */
public enum Fault {
    /** ast1's cable is pulled and everything on it frozen: a node lost as if powered off. */
    NODE_LOSS("hard node loss (link down + SIGSTOP)"),
    /** hactld on ast1 is SIGKILLed; kamailio and the VIP stay there; hactld is restarted 1 s later, as systemd does. */
    HACTLD_CRASH("hactld kill -9 (restarted after 1 s)"),
    /** kamailio on ast1 is SIGKILLed (main process and workers). */
    SERVICE_CRASH("kamailio kill -9"),
    /** kamailio on ast1 is SIGSTOPped: it holds its socket but answers nothing, so the monitor times out. */
    SERVICE_HANG("kamailio hung (SIGSTOP)"),
    /** The admin runs {@code hactl standby ast1}. */
    STANDBY("hactl standby ast1"),
    /** ast1, lost as in NODE_LOSS and replaced by ast2, comes back: rebooted, cable back, hactld started. */
    NODE_RETURN("lost node comes back (rebooted)");

    private final String label;

    Fault(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
