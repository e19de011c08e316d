package io.hactl.cib.edit;

import static io.hactl.cib.edit.EditFixtures.NOW;
import static io.hactl.cib.edit.EditFixtures.XML;
import static io.hactl.cib.edit.EditFixtures.flat;
import static io.hactl.cib.edit.EditFixtures.comments;
import static io.hactl.cib.edit.EditFixtures.haresources;
import static io.hactl.cib.edit.EditFixtures.lines;
import static io.hactl.cib.edit.EditFixtures.placement;
import static io.hactl.cib.edit.EditFixtures.seed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hactl.cib.edit.MoveConstraints.ClearedMoves;
import io.hactl.cib.xml.XmlElement;
import io.hactl.status.StatusModel;
import io.hactl.status.StatusModelBuilder;
import io.hactl.status.StatusText;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MoveConstraintsTest {
    private static final Instant UNTIL = Instant.parse("2026-11-25T18:00:00Z");

    @Test
    void preferWritesCrmResourcesShortFormAndMovesTheGroup() throws Exception {
        XmlElement cib = seed();
        XmlElement edited = MoveConstraints.prefer(cib, "asterisk-group", "ast2", Optional.empty());
        assertThat(flat(XML.toText(edited))).contains(flat("""
                      </rsc_location>
                      <rsc_location id="cli-prefer-asterisk-group" rsc="asterisk-group" role="Started" node="ast2" score="INFINITY"/>
                    </constraints>"""));
        assertThat(comments(edited)).isEqualTo(comments(cib));
        assertThat(placement(edited, NOW)).containsValues("ast2", "ast2");
        XmlElement again = MoveConstraints.prefer(edited, "asterisk-group", "ast1", Optional.empty());
        assertThat(lines(again, "cli-prefer")).containsExactly("<rsc_location id=\"cli-prefer-asterisk-group\" "
                + "rsc=\"asterisk-group\" role=\"Started\" node=\"ast1\" score=\"INFINITY\"/>");
    }

    @Test
    void preferWithALifetimeWritesTheRuleFormAndStopsApplyingAtItsEnd() throws Exception {
        XmlElement edited = MoveConstraints.prefer(seed(), "asterisk-group", "ast2", Optional.of(UNTIL));
        assertThat(flat(XML.toText(edited))).contains(flat("""
                      <rsc_location id="cli-prefer-asterisk-group" rsc="asterisk-group" role="Started">
                        <rule id="cli-prefer-rule-asterisk-group" score="INFINITY" boolean-op="and">
                          <expression id="cli-prefer-expr-asterisk-group" attribute="#uname" operation="eq" value="ast2" type="string"/>
                          <date_expression id="cli-prefer-lifetime-end-asterisk-group" operation="lt" end="2026-11-25 18:00:00Z"/>
                        </rule>
                      </rsc_location>"""));
        assertThat(placement(edited, NOW)).containsValues("ast2", "ast2");
        assertThat(placement(edited, UNTIL.minusSeconds(1))).containsValues("ast2", "ast2");
        // Expired: the group stays where it runs (ast1 scores 100 + stickiness against 90 for ast2).
        assertThat(placement(edited, UNTIL)).containsValues("ast1", "ast1");
    }

    @Test
    void statusShowsTheMoveWithItsNodeAndExpiry() throws Exception {
        XmlElement edited = MoveConstraints.prefer(seed(), "asterisk-group", "ast2", Optional.of(UNTIL));
        StatusModel before = StatusModelBuilder.build(EditFixtures.read(edited), List.of(), null, true, NOW);
        assertThat(before.moves()).singleElement().satisfies(m -> {
            assertThat(m.node()).contains("ast2");
            assertThat(m.expires()).contains(UNTIL);
        });
        assertThat(StatusText.render(before)).contains(
                "  * cli-prefer-asterisk-group: asterisk-group prefers ast2 (score=INFINITY)"
                        + " (expires 2026-11-25 18:00:00Z)\n");
        StatusModel after = StatusModelBuilder.build(EditFixtures.read(edited), List.of(), null, true,
                UNTIL.plus(Duration.ofHours(1)));
        assertThat(StatusText.render(after)).contains("(score=INFINITY) (expired 2026-11-25 18:00:00Z)\n");
    }

    @Test
    void banWritesCliBanOnNodeAndMovesTheGroupAway() throws Exception {
        XmlElement edited = MoveConstraints.ban(seed(), "asterisk-group", "ast1", Optional.empty());
        assertThat(lines(edited, "cli-ban")).containsExactly("<rsc_location id=\"cli-ban-asterisk-group-on-ast1\" "
                + "rsc=\"asterisk-group\" role=\"Started\" node=\"ast1\" score=\"-INFINITY\"/>");
        assertThat(placement(edited, NOW)).containsValues("ast2", "ast2");
    }

    @Test
    void banWithALifetimeUsesCrmResourcesBanIds() throws Exception {
        XmlElement edited = MoveConstraints.ban(seed(), "asterisk-group", "ast1", Optional.of(UNTIL));
        assertThat(flat(XML.toText(edited))).contains(flat("""
                      <rsc_location id="cli-ban-asterisk-group-on-ast1" rsc="asterisk-group" role="Started">
                        <rule id="cli-ban-asterisk-group-on-ast1-rule" score="-INFINITY" boolean-op="and">
                          <expression id="cli-ban-asterisk-group-on-ast1-expr" attribute="#uname" operation="eq" value="ast1" type="string"/>
                          <date_expression id="cli-ban-asterisk-group-on-ast1-lifetime" operation="lt" end="2026-11-25 18:00:00Z"/>
                        </rule>
                      </rsc_location>"""));
        assertThat(placement(edited, NOW)).containsValues("ast2", "ast2");
        assertThat(placement(edited, UNTIL.plusSeconds(60))).containsValues("ast1", "ast1");
    }

    @Test
    void clearRemovesEveryMoveOfTheResourceAndSaysWhich() throws Exception {
        XmlElement cib = seed();
        XmlElement moved = MoveConstraints.ban(MoveConstraints.ban(MoveConstraints.prefer(cib, "asterisk-group",
                "ast2", Optional.empty()), "asterisk-group", "ast1", Optional.of(UNTIL)), "asterisk-group", "ast3",
                Optional.empty());
        ClearedMoves cleared = MoveConstraints.clearMoves(moved, "asterisk-group");
        assertThat(cleared.removed()).containsExactly("cli-prefer-asterisk-group", "cli-ban-asterisk-group-on-ast1",
                "cli-ban-asterisk-group-on-ast3");
        assertThat(XML.toText(cleared.cib())).isEqualTo(XML.toText(cib));
        ClearedMoves none = MoveConstraints.clearMoves(cib, "asterisk-group");
        assertThat(none.removed()).isEmpty();
        assertThat(none.cib()).isSameAs(cib);
    }

    @Test
    void aHaresourcesGroupMovesAndComesBack() {
        XmlElement cib = haresources();
        XmlElement moved = MoveConstraints.prefer(cib, "group_1", "ast2", Optional.empty());
        assertThat(lines(moved, "rsc_location")).containsExactly(
                "<rsc_location id=\"prefer-group_1\" rsc=\"group_1\" node=\"ast1\" score=\"100\"/>",
                "<rsc_location id=\"cli-prefer-group_1\" rsc=\"group_1\" role=\"Started\" node=\"ast2\" "
                        + "score=\"INFINITY\"/>");
        assertThat(placement(moved, NOW)).containsValues("ast2", "ast2");
        XmlElement cleared = MoveConstraints.clearMoves(moved, "group_1").cib();
        assertThat(placement(cleared, NOW)).containsValues("ast1", "ast1");
    }

    @Test
    void refusals() throws Exception {
        XmlElement cib = seed();
        assertThatThrownBy(() -> MoveConstraints.prefer(cib, "failover-asterisk", "ast2", Optional.empty()))
                .isInstanceOf(CibEditException.class)
                .hasMessage("failover-asterisk is a member of group asterisk-group: move the group");
        assertThatThrownBy(() -> MoveConstraints.ban(cib, "failover-ip", "ast1", Optional.empty()))
                .hasMessage("failover-ip is a member of group asterisk-group: move the group");
        assertThatThrownBy(() -> MoveConstraints.prefer(cib, "asterisk2", "ast2", Optional.empty()))
                .hasMessage("no resource or group named \"asterisk2\"; the CIB has: failover-ip, failover-asterisk,"
                        + " asterisk-group");
        assertThatThrownBy(() -> MoveConstraints.clearMoves(cib, "asterisk2"))
                .hasMessage("no resource or group named \"asterisk2\"; the CIB has: failover-ip, failover-asterisk,"
                        + " asterisk-group");
    }
}
