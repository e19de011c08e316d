package io.hactl.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ControlProtocolTest {

    @Test
    void requestsAndRepliesRoundTripAndCarryTheVersion() {
        ControlRequest request = new ControlRequest("nodes", Map.of("verbose", true));
        assertThat(ControlProtocol.encode(request)).startsWith("{\"v\":1,");
        assertThat(ControlProtocol.decodeRequest(ControlProtocol.encode(request))).isEqualTo(request);
        ControlReply done = new ControlReply.Done(Map.of("local", "ast1"));
        assertThat(ControlProtocol.decodeReply(ControlProtocol.encode(done))).isEqualTo(done);
        ControlReply refused = new ControlReply.Refused(ControlReply.Failure.DENIED, "no");
        assertThat(ControlProtocol.decodeReply(ControlProtocol.encode(refused))).isEqualTo(refused);
        assertThatThrownBy(() -> ControlProtocol.decodeRequest("{\"v\":2,\"command\":\"nodes\"}"))
                .hasMessageContaining("protocol version 2 is not 1");
        assertThatThrownBy(() -> ControlProtocol.decodeRequest("{\"v\":1}")).hasMessageContaining("\"command\"");
    }
}
