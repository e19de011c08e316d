package io.hactl.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code hactl config verify}: filled in with the config package. */
@Command(name = "verify", description = "Check ha.cf, authkeys, haresources (and cib.xml with crm yes).")
final class ConfigVerifyCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
