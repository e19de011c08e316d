package io.hactl;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps DESIGN.md's picture true: each outside library lives in one package, and packages form no cycle. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.hactl");
    }

    private static void libraryOnlyIn(String libraryPackage, String ownerPackage) {
        noClasses().that().resideOutsideOfPackage(ownerPackage)
                .should().dependOnClassesThat().resideInAPackage(libraryPackage)
                .because(libraryPackage + " is wrapped by " + ownerPackage + " so it can be upgraded in one place")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void jgroupsOnlyInMembership() {
        libraryOnlyIn("org.jgroups..", "io.hactl.membership..");
    }

    @Test
    void nettyOnlyInControl() {
        libraryOnlyIn("io.netty..", "io.hactl.control..");
    }

    @Test
    void jacksonOnlyInCib() {
        libraryOnlyIn("com.fasterxml.jackson..", "io.hactl.cib..");
    }

    @Test
    void commonsExecOnlyInExecutor() {
        libraryOnlyIn("org.apache.commons.exec..", "io.hactl.executor..");
    }

    @Test
    void prometheusOnlyInMetrics() {
        libraryOnlyIn("io.prometheus..", "io.hactl.metrics..");
    }

    @Test
    void logbackOnlyInLogging() {
        libraryOnlyIn("ch.qos.logback..", "io.hactl.logging..");
    }

    @Test
    void schedulerIsPure() {
        noClasses().that().resideInAPackage("io.hactl.scheduler..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "java.io..", "java.nio..", "java.net..", "java.util.concurrent..",
                        "io.hactl.membership..", "io.hactl.controller..", "io.hactl.executor..",
                        "io.hactl.control..", "org.slf4j..")
                .because("the scheduler is a pure function of the CIB and the time passed in")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void packagesFormNoCycle() {
        slices().matching("io.hactl.(*)..").should().beFreeOfCycles().allowEmptyShould(true).check(classes);
    }
}
