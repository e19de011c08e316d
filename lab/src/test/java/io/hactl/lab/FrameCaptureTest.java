package io.hactl.lab;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** tcpdump -e -nn -l -A output as Debian 12's tcpdump 4.99 prints a kamailio reply. */
class FrameCaptureTest {

    @Test
    void joinsEachReplyFramesSourceMacToItsCallIdAndNode() {
        FrameCapture capture = new FrameCapture();
        String[] lines = {
            "16:07:25.983855 ba:f4:78:C6:e1:64 > 2e:11:22:33:44:55, ethertype IPv4 (0x0800), length 402: "
                    + "10.250.0.100.5060 > 10.250.0.200.40001: SIP: SIP/2.0 200 OK",
            "E....R@.@.wl...........X...+SIP/2.0 200 OK",
            "Via: SIP/2.0/UDP 10.250.0.200:40001;rport=40001;branch=z9hG4bK-ab-1",
            "Call-ID: ab-1",
            "CSeq: 1 OPTIONS",
            "X-Node: ast2",
            "Content-Length: 0",
            "",
            "16:07:25.993855 0a:74:76:23:dd:45 > 2e:11:22:33:44:55, ethertype IPv4 (0x0800), length 402: "
                    + "10.250.0.100.5060 > 10.250.0.200.40001: SIP: SIP/2.0 200 OK",
            "E....R@.@.wl...........X...+SIP/2.0 200 OK",
            "call-id: ab-2",
            "X-Node: ast1",
        };
        for (String line : lines) {
            capture.accept(line);
        }

        assertThat(capture.sourceMac("ab-1", "ast2")).contains("ba:f4:78:c6:e1:64");
        assertThat(capture.sourceMac("ab-2", "ast1")).contains("0a:74:76:23:dd:45");
        assertThat(capture.sourceMac("ab-1", "ast1")).isEmpty();
    }

    @Test
    void payloadBeforeAnyFrameHeaderIsIgnored() {
        FrameCapture capture = new FrameCapture();
        capture.accept("listening on eth0, link-type EN10MB (Ethernet), snapshot length 262144 bytes");
        capture.accept("Call-ID: x");
        capture.accept("X-Node: ast1");

        assertThat(capture.sourceMac("x", "ast1")).isEmpty();
    }
}
