package io.hactl.executor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AgentRefTest {

    @Test
    void readsTheThreeClassesAsTheCibAndHaresourcesWriteThem() {
        assertThat(AgentRef.parse("ocf:heartbeat:IPaddr2")).isEqualTo(AgentRef.ocf("heartbeat", "IPaddr2"));
        assertThat(AgentRef.parse("lsb:asterisk")).isEqualTo(AgentRef.lsb("asterisk"));
        assertThat(AgentRef.parse("heartbeat:IPaddr")).isEqualTo(AgentRef.heartbeat("IPaddr"));
        assertThat(AgentRef.parse("ocf:hactl:asterisk").toString()).isEqualTo("ocf:hactl:asterisk");
    }

    @Test
    void explainsWhatWasExpected() {
        assertThat(refusal("IPaddr2")).contains("expected ocf:PROVIDER:TYPE, lsb:NAME or heartbeat:NAME");
        assertThat(refusal("ocf:IPaddr2")).contains("expected ocf:PROVIDER:TYPE");
        assertThat(refusal("lsb:a:b")).contains("expected lsb:NAME");
        assertThat(refusal("ocf:heartbeat:../../../bin/sh")).contains("invalid agent name");
        assertThat(refusal("systemd:asterisk")).contains("is not an agent name");
    }

    private static String refusal(String text) {
        StringBuilder why = new StringBuilder();
        Optional<AgentRef> agent = AgentRef.parse(text, why);
        assertThat(agent).as(text).isEmpty();
        return why.toString();
    }
}
