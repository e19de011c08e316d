package io.hactl.lifecycle;

/**
 * Tells the service manager what hactld is doing (sd_notify(3)). Calls never block and never fail the
 * caller: a lost notification is logged by the implementation, not thrown.
 */
public interface ServiceNotifier {

    /** Start-up is complete: configuration valid, cluster joined or initdead passed, control socket listening. */
    void ready(String status);

    /** A one-line summary for {@code systemctl status}, e.g. "DC=ast1, 2 nodes, 2/2 resources started". */
    void status(String status);

    /** A reload has begun; {@link #ready} ends it. */
    void reloading();

    void stopping();

    /** The daemon is alive and its event loop responsive. */
    void watchdog();

    /** When not run by systemd (tests, a shell): every call does nothing. */
    ServiceNotifier NONE = new ServiceNotifier() {
        @Override
        public void ready(String status) {}

        @Override
        public void status(String status) {}

        @Override
        public void reloading() {}

        @Override
        public void stopping() {}

        @Override
        public void watchdog() {}
    };
}
