package io.hactl.json;

import io.hactl.json.JsonWriter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonCodecTest {

    @Test
    void writesOneLineWithEscapes() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("node", "ast\"1\"\n\\");
        value.put("ms", 1500L);
        value.put("up", true);
        value.put("dc", null);
        value.put("links", List.of("eth0", 2, false));
        value.put("ctl", "\u0001");
        assertThat(JsonWriter.write(value)).isEqualTo(
                "{\"node\":\"ast\\\"1\\\"\\n\\\\\",\"ms\":1500,\"up\":true,\"dc\":null,\"links\":[\"eth0\",2,false],"
                        + "\"ctl\":\"\\u0001\"}");
    }

    @Test
    void readsWhatItWrites() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("name", "ünïcode \t tab");
        value.put("count", -42L);
        value.put("ratio", 0.5);
        value.put("nested", Map.of("list", List.of(1L, "two")));
        value.put("none", null);
        assertThat(JsonReader.read(JsonWriter.write(value))).isEqualTo(value);
    }

    @Test
    void readsStandardJsonWithSpacesAndEscapes() {
        assertThat(JsonReader.read(" { \"a\" : [ 1 , 2.5e1 , \"\\u00e9\\/\" ] , \"b\" : { } } "))
                .isEqualTo(Map.of("a", List.of(1L, 25.0, "é/"), "b", Map.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "{\"a\":}", "{\"a\":1,}", "[1 2]", "{\"a\":1} x", "\"open", "{a:1}", "tru",
        "\"bad \\q escape\"", "01x", "\"raw\nnewline\""})
    void refusesMalformedText(String text) {
        assertThatThrownBy(() -> JsonReader.read(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("invalid JSON at offset");
    }

    @Test
    void refusesDeepNesting() {
        String deep = "[".repeat(100) + "]".repeat(100);
        assertThatThrownBy(() -> JsonReader.read(deep)).hasMessageContaining("levels of nesting");
    }

    @Test
    void refusesValuesJsonCannotCarry() {
        assertThatThrownBy(() -> JsonWriter.write(Map.of("when", java.time.Instant.EPOCH)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonWriter.write(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonWriter.write(Arrays.asList(Map.of(1, 2))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
