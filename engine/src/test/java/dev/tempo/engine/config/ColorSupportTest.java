package dev.tempo.engine.config;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ColorSupportTest {
    @Test
    void flagWinsThenNoColorThenForceColorThenTerminal() {
        assertThat(ColorSupport.decide(true, Map.of("NO_COLOR", "1"), false)).isTrue();
        assertThat(ColorSupport.decide(false, Map.of("FORCE_COLOR", "1"), true)).isFalse();
        assertThat(ColorSupport.decide(null, Map.of("NO_COLOR", "1", "FORCE_COLOR", "1"), true)).isFalse();
        assertThat(ColorSupport.decide(null, Map.of("NO_COLOR", ""), true)).isTrue();
        assertThat(ColorSupport.decide(null, Map.of("FORCE_COLOR", "1"), false)).isTrue();
        assertThat(ColorSupport.decide(null, Map.of("FORCE_COLOR", ""), false)).isTrue();
        assertThat(ColorSupport.decide(null, Map.of("FORCE_COLOR", "0"), true)).isFalse();
        assertThat(ColorSupport.decide(null, Map.of("TERM", "dumb"), true)).isFalse();
        assertThat(ColorSupport.decide(null, Map.of(), true)).isTrue();
        assertThat(ColorSupport.decide(null, Map.of(), false)).isFalse();
    }
}
