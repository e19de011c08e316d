package io.hactl.executor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutputTailTest {

    @Test
    void keepsTheLastLinesWithinTheLimitAndCountsWhatItDropped() {
        List<String> seen = new ArrayList<>();
        OutputTail tail = new OutputTail(20, seen::add);
        byte[] text = "one\ntwo\nthree\nfour\nfive\nsix".getBytes(StandardCharsets.UTF_8);
        tail.write(text, text.length);
        tail.close();

        assertThat(seen).containsExactly("one", "two", "three", "four", "five", "six");
        assertThat(tail.lines()).containsExactly("two", "three", "four", "five", "six");
        assertThat(tail.droppedLines()).isEqualTo(1);
    }

    @Test
    void truncatesAnEndlessLine() {
        OutputTail tail = new OutputTail(8, line -> { });
        byte[] text = "x".repeat(1000).getBytes(StandardCharsets.UTF_8);
        tail.write(text, text.length);
        tail.close();

        assertThat(tail.lines()).containsExactly("xxxxxxxx [line truncated]");
    }
}
