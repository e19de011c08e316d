package io.hactl.cib.xml;

import static org.assertj.core.api.Assertions.assertThat;

import io.hactl.cib.CibSnapshot;
import io.hactl.cib.DateExpression;
import io.hactl.cib.LocationConstraint;
import io.hactl.config.ConfigProblem;
import io.hactl.config.ConfigReport;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DateExpressionReaderTest {
    private static ConfigReport<CibSnapshot> read(String dateExpression) {
        return new CibReader(Path.of("cib.xml")).read(new XmlFiles().read("""
                <cib><configuration><resources>
                <primitive id="vip" class="ocf" provider="heartbeat" type="IPaddr2"/>
                </resources><constraints>
                <rsc_location id="cli-prefer-vip" rsc="vip" role="Started">
                <rule id="r" score="INFINITY" boolean-op="and">
                <expression id="e" attribute="#uname" operation="eq" value="ast2" type="string"/>
                %s
                </rule></rsc_location></constraints></configuration></cib>""".formatted(dateExpression)));
    }

    private static String message(ConfigReport<CibSnapshot> report) {
        ConfigProblem problem = report.errors().get(0);
        return problem.directive() + ": " + problem.message() + " (expected " + problem.expected() + ")";
    }

    @Test
    void ltGtAndInRangeAreRead() {
        ConfigReport<CibSnapshot> report = read("""
                <date_expression id="d1" operation="lt" end="2026-11-25 18:00:00Z"/>
                <date_expression id="d2" operation="gt" start="2026-01-01T00:00:00+01:00"/>
                <date_expression id="d3" start="2026-01-01 00:00:00Z"/>""");
        assertThat(report.problems()).isEmpty();
        LocationConstraint location = (LocationConstraint) report.get().constraints().get(0);
        assertThat(location.rules().get(0).dateExpressions()).containsExactly(
                new DateExpression("d1", DateExpression.Operation.LT, java.util.Optional.empty(),
                        java.util.Optional.of(Instant.parse("2026-11-25T18:00:00Z"))),
                new DateExpression("d2", DateExpression.Operation.GT,
                        java.util.Optional.of(Instant.parse("2025-12-31T23:00:00Z")), java.util.Optional.empty()),
                new DateExpression("d3", DateExpression.Operation.IN_RANGE,
                        java.util.Optional.of(Instant.parse("2026-01-01T00:00:00Z")), java.util.Optional.empty()));
    }

    @Test
    void anUnreadableDateIsReportedWithTheFormExpected() {
        assertThat(message(read("<date_expression id=\"d\" operation=\"lt\" end=\"next tuesday\"/>"))).isEqualTo(
                "/cib/configuration/constraints/rsc_location[@id='cli-prefer-vip']/rule[@id='r']"
                        + "/date_expression[@id='d']/@end: not a date with a time zone: next tuesday"
                        + " (expected e.g. 2026-11-25 18:00:00Z or 2026-11-25T18:00:00+01:00)");
    }

    @Test
    void durationsDateSpecsAndMissingDatesAreRefused() {
        assertThat(message(read("""
                <date_expression id="d" operation="in_range" start="2026-01-01 00:00:00Z">
                <duration id="du" hours="2"/></date_expression>"""))).endsWith(
                "/date_expression[@id='d']/duration[@id='du']: not supported by hactl: <duration> in a"
                        + " date_expression (refused) (expected an end date, e.g. end=\"2026-11-25 18:00:00Z\")");
        assertThat(message(read("<date_expression id=\"d\" operation=\"date_spec\"/>"))).endsWith(
                "/date_expression[@id='d']/@operation: not supported by hactl: <date_expression> (refused)"
                        + " (expected )");
        assertThat(message(read("<date_expression id=\"d\" operation=\"lt\"/>"))).endsWith(
                "/date_expression[@id='d']: date_expression lt without its date (expected end=\"DATE\")");
    }
}
