package io.hactl.lab;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SipOptionsTest {

    @Test
    void requestHasAUniqueCallIdAndBranchAndAsksForRport() {
        String request = SipOptions.request("10.250.0.100", 5060, "10.250.0.200", 40001, "run-7", 7);

        assertThat(request).startsWith("OPTIONS sip:probe@10.250.0.100:5060 SIP/2.0\r\n");
        assertThat(request).contains("Via: SIP/2.0/UDP 10.250.0.200:40001;rport;branch=z9hG4bK-run-7\r\n");
        assertThat(request).contains("Call-ID: run-7\r\n", "CSeq: 7 OPTIONS\r\n", "Max-Forwards: 70\r\n");
        assertThat(request).endsWith("Content-Length: 0\r\n\r\n");
    }

    @Test
    void readsStatusCallIdAndNodeFromAReply() {
        String reply = "SIP/2.0 200 OK\r\nVia: SIP/2.0/UDP 10.250.0.200:40001;rport=40001\r\ncall-id: run-7\r\n"
                + "x-node: ast2\r\nContent-Length: 0\r\n\r\n";

        assertThat(SipOptions.parse(reply)).hasValueSatisfying(r -> {
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.callId()).isEqualTo("run-7");
            assertThat(r.node()).contains("ast2");
        });
    }

    @Test
    void compactCallIdCountsAndAReplyWithoutNodeHasNone() {
        assertThat(SipOptions.parse("SIP/2.0 503 Service Unavailable\r\ni: c1\r\n\r\n"))
                .hasValueSatisfying(r -> {
                    assertThat(r.status()).isEqualTo(503);
                    assertThat(r.node()).isEmpty();
                });
    }

    @Test
    void aRequestOrGarbageIsNotAReply() {
        assertThat(SipOptions.parse(SipOptions.request("a", 5060, "b", 1, "c", 1))).isEmpty();
        assertThat(SipOptions.parse("SIP/2.0 abc\r\nCall-ID: x\r\n")).isEmpty();
        assertThat(SipOptions.parse("")).isEmpty();
    }

    @Test
    void probeEventsSurviveTheirOwnLines() {
        var sent = new ProbeEvent.Sent("run-1", java.time.Instant.parse("2026-11-25T12:00:00.123456Z"));
        var replied = new ProbeEvent.Replied("run-1", java.time.Instant.parse("2026-11-25T12:00:00.124Z"),
                "10.250.0.100", 200, "ast1");

        assertThat(ProbeEvent.parse(sent.line())).contains(sent);
        assertThat(ProbeEvent.parse(replied.line())).contains(replied);
        assertThat(ProbeEvent.parse("OpenJDK 64-Bit Server VM warning: something")).isEmpty();
    }

    @Test
    void kamailioConfigAnswersOptionsWithTheNodeHeaderOnTheGivenAddress() {
        String cfg = new KamailioConfig("ast1", "10.250.0.100", 5060).text();

        assertThat(cfg).contains("listen=udp:10.250.0.100:5060", "append_to_reply(\"X-Node: ast1\\r\\n\");",
                "sl_send_reply(\"200\", \"OK\");", "loadmodule \"textops.so\"");
    }
}
