package io.hactl.config;

import java.util.List;
import java.util.Optional;

/**
 * One resource of a haresources line: {@code TYPE[::ARG[::ARG…]]}, where TYPE names a script in
 * {@code /etc/ha.d/resource.d} or {@code /etc/init.d}. A bare IP address stands for {@code IPaddr::IP}.
 *
 * @param id        a unique name for the resource, used by the CIB and {@code hactl status}
 *                  ({@code IPaddr_150_214_153_235}, {@code asterisk}, {@code Filesystem_dev_sda1})
 * @param type      the script name
 * @param args      the positional arguments Heartbeat passes before the action
 * @param spec      the text as the admin wrote it
 * @param ipAddress the parsed address when the type is IPaddr or IPaddr2
 */
public record HaResource(
        String id, String type, List<String> args, String spec, int line, Optional<IpAddressSpec> ipAddress) {

    public HaResource {
        args = List.copyOf(args);
    }

    public boolean isIpAddress() {
        return ipAddress.isPresent();
    }
}
