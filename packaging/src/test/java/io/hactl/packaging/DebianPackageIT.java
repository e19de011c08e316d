package io.hactl.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Debian package as an admin meets it: its contents and maintainer scripts, installed with dpkg into a
 * throwaway root ({@code dpkg --root}, scripts run outside a chroot with {@code DPKG_ROOT} set), then used,
 * removed and purged there.
 */
class DebianPackageIT {
    static Path deb;

    @TempDir
    Path root;

    record Result(int exit, String out, String err) {}

    @BeforeAll
    static void findPackage() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            deb = files.filter(f -> f.getFileName().toString().matches("hactl_.*_all\\.deb")).findFirst()
                    .orElseThrow(() -> new AssertionError("target/hactl_VERSION_all.deb was not built"))
                    .toAbsolutePath();
        }
    }

    static Result run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command + " did not finish within 120 s");
        }
        return new Result(process.exitValue(),
                new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    static Result run(String... command) throws IOException, InterruptedException {
        return run(List.of(command));
    }

    @Test
    void isNamedAndDescribedForDebian() throws Exception {
        assertThat(deb.getFileName().toString()).matches("hactl_\\d+\\.\\d+\\.\\d+(~SNAPSHOT)?_all\\.deb");
        String control = run("dpkg-deb", "-f", deb.toString()).out();
        assertThat(control).contains("Package: hactl", "Architecture: all",
                "Depends: default-jre-headless (>= 2:1.17) | java17-runtime-headless, iproute2, arping | iputils-arping");
        assertThat(run("dpkg-deb", "-I", deb.toString(), "conffiles").out().lines())
                .containsExactly("/etc/default/hactl", "/etc/logrotate.d/hactl");
    }

    @Test
    void installsEverythingAtTheDebianPlaces() throws Exception {
        List<String> listing = run("dpkg-deb", "-c", deb.toString()).out().lines().toList();

        assertThat(listing).anyMatch(l -> l.startsWith("-rwxr-xr-x root/root") && l.endsWith("./usr/sbin/hactl"))
                .anyMatch(l -> l.startsWith("-rwxr-xr-x root/root") && l.endsWith("./usr/sbin/hactld"))
                .anyMatch(l -> l.startsWith("-rw-r--r-- root/root") && l.endsWith("./usr/share/hactl/hactl.jar"))
                .anyMatch(l -> l.endsWith("./lib/systemd/system/hactld.service"))
                .anyMatch(l -> l.endsWith("./usr/lib/tmpfiles.d/hactl.conf"))
                .anyMatch(l -> l.endsWith("./etc/logrotate.d/hactl"))
                .anyMatch(l -> l.endsWith("./usr/share/man/man8/hactl.8.gz"))
                .anyMatch(l -> l.endsWith("./usr/share/man/man8/hactld.8.gz"))
                .anyMatch(l -> l.endsWith("./usr/share/bash-completion/completions/hactl"))
                .anyMatch(l -> l.endsWith("./usr/share/doc/hactl/examples/asterisk-seed/ha.cf"))
                .anyMatch(l -> l.startsWith("drwxr-xr-x") && l.endsWith("./etc/ha.d/"))
                .anyMatch(l -> l.startsWith("drwxr-x---") && l.endsWith("./var/lib/hactl/"))
                .noneMatch(l -> l.contains("./etc/ha.d/ha.cf") || l.contains("./etc/ha.d/authkeys"));
    }

    @Test
    void maintainerScriptsAreValidShellThatCreatesTheClusterUser() throws Exception {
        Path control = root.resolve("control");
        assertThat(run("dpkg-deb", "-e", deb.toString(), control.toString()).exit()).isZero();
        for (String script : List.of("postinst", "prerm", "postrm")) {
            assertThat(Files.isExecutable(control.resolve(script))).as(script).isTrue();
            assertThat(run("sh", "-n", control.resolve(script).toString()).exit()).as("sh -n " + script).isZero();
        }
        assertThat(Files.readString(control.resolve("postinst")))
                .contains("addgroup --system haclient", "adduser --system", "hacluster");
        assertThat(Files.readString(control.resolve("postrm"))).contains("purge", "/var/lib/hactl");
    }

    @Test
    void worksFromAThrowawayRootAndRemovesCleanly() throws Exception {
        for (String dir : List.of("var/lib/dpkg/info", "var/lib/dpkg/updates", "var/lib/dpkg/triggers")) {
            Files.createDirectories(root.resolve(dir));
        }
        Files.createFile(root.resolve("var/lib/dpkg/status"));
        Files.createFile(root.resolve("var/lib/dpkg/available"));

        Result install = dpkg("-i", deb.toString());
        assertThat(install.exit()).as(install.err()).isZero();
        assertThat(root.resolve("var/lib/hactl")).isDirectory();

        Result version = run(root.resolve("usr/sbin/hactl").toString(), "--version");
        assertThat(version.exit()).as(version.err()).isZero();
        assertThat(version.out()).startsWith("hactl ");

        Path haD = root.resolve("etc/ha.d");
        for (String name : List.of("ha.cf", "authkeys", "haresources")) {
            Files.copy(root.resolve("usr/share/doc/hactl/examples/asterisk-haresources").resolve(name), haD.resolve(name));
        }
        Files.setPosixFilePermissions(haD.resolve("authkeys"), PosixFilePermissions.fromString("rw-------"));
        Result verify = run(root.resolve("usr/sbin/hactl").toString(), "config", "verify", "--dir", haD.toString(),
                "--node-name", "ast1");
        assertThat(verify.exit()).as(verify.err()).isZero();
        assertThat(verify.out()).contains("Nodes:      ast1, ast2  (this node: ast1)");

        Result remove = dpkg("-r", "hactl");
        assertThat(remove.exit()).as(remove.err()).isZero();
        assertThat(root.resolve("usr/sbin/hactl")).doesNotExist();
        assertThat(root.resolve("etc/default/hactl")).as("remove keeps configuration").exists();
        assertThat(haD.resolve("ha.cf")).as("the admin's files are never touched").exists();

        Result purge = dpkg("--purge", "hactl");
        assertThat(purge.exit()).as(purge.err()).isZero();
        assertThat(root.resolve("etc/default/hactl")).as("purge removes conffiles").doesNotExist();
        assertThat(root.resolve("var/lib/hactl")).as("purge removes state").doesNotExist();
        assertThat(haD.resolve("ha.cf")).exists();
    }

    private Result dpkg(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("dpkg", "--root=" + root, "--force-script-chrootless",
                "--force-depends", "--force-not-root", "--log=" + root.resolve("dpkg.log")));
        command.addAll(List.of(args));
        return run(command);
    }

    /** The unit as installed, checked by systemd's own verifier with its commands pointing into the root. */
    @Test
    void systemdAcceptsTheUnit() throws Exception {
        Path extracted = root.resolve("x");
        assertThat(run("dpkg-deb", "-x", deb.toString(), extracted.toString()).exit()).isZero();
        String unit = Files.readString(extracted.resolve("lib/systemd/system/hactld.service"))
                .replace("/usr/sbin/", extracted.resolve("usr/sbin") + "/");
        Path copy = root.resolve("hactld.service");
        Files.writeString(copy, unit);

        Result verify = run("systemd-analyze", "verify", "--man=no", copy.toString());

        assertThat(verify.exit()).as(verify.err()).isZero();
        assertThat(verify.err()).isEmpty();
        assertThat(unit).contains("Type=notify", "KillMode=process", "WatchdogSec=", "Restart=on-failure",
                "After=network-online.target");
    }
}
