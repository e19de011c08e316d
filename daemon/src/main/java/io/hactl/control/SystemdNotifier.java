package io.hactl.control;

import io.hactl.lifecycle.ServiceNotifier;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * sd_notify(3) over {@code $NOTIFY_SOCKET}, without libsystemd: {@code READY=1}, {@code STATUS=…},
 * {@code RELOADING=1}, {@code STOPPING=1}, {@code WATCHDOG=1}. Sent from the main process, which is what
 * {@code NotifyAccess=main} in hactld.service accepts.
 */
public final class SystemdNotifier implements ServiceNotifier {
    private static final Logger log = LoggerFactory.getLogger(SystemdNotifier.class);
    private final UnixDatagramSocket socket;

    private SystemdNotifier(UnixDatagramSocket socket) {
        this.socket = socket;
    }

    /** The notifier for this process: systemd's when {@code NOTIFY_SOCKET} is set, otherwise one that does nothing. */
    public static ServiceNotifier fromEnvironment(Map<String, String> environment) {
        String address = environment.get("NOTIFY_SOCKET");
        if (address == null || address.isEmpty()) {
            return ServiceNotifier.NONE;
        }
        try {
            return new SystemdNotifier(UnixDatagramSocket.connect(address));
        } catch (IOException e) {
            log.atWarn().addKeyValue("socket", address).log("cannot reach systemd's notify socket: " + e.getMessage());
            return ServiceNotifier.NONE;
        }
    }

    @Override
    public void ready(String status) {
        send("READY=1\nSTATUS=" + oneLine(status));
    }

    @Override
    public void status(String status) {
        send("STATUS=" + oneLine(status));
    }

    @Override
    public void reloading() {
        send("RELOADING=1");
    }

    @Override
    public void stopping() {
        send("STOPPING=1");
    }

    @Override
    public void watchdog() {
        send("WATCHDOG=1");
    }

    private static String oneLine(String text) {
        return text.replace('\n', ' ');
    }

    private void send(String message) {
        try {
            socket.send(message.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            log.atWarn().log("cannot notify systemd: " + e.getMessage());
        }
    }
}
