package dev.tempo.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DurationsTest {
    private static final Ansi ON = Ansi.of(true);
    private static final Ansi OFF = Ansi.of(false);

    @Test
    void twoDecimalsRoundsAsTheFormatterDoes() {
        java.util.Random random = new java.util.Random(7);
        List<Double> values = new ArrayList<>(List.of(0.0, -0.0, 0.005, 0.015, 0.125, 1.005, 1.115, 2.675, 0.0101,
                1e-7, 99.995, 999.999, 1e15, 123456.785, Double.MIN_VALUE, Double.NaN, Double.POSITIVE_INFINITY));
        for (int i = 0; i < 20_000; i++) {
            values.add(random.nextDouble() * Math.pow(10, random.nextInt(8) - 3));
            values.add(random.nextInt(1_000_000) / 1000.0 + 0.005); // ties in decimal
        }
        for (double v : values) {
            assertThat(Durations.twoDecimals(v)).as("%s", v).isEqualTo(String.format(Locale.ROOT, "%.2f", v));
        }
    }

    @Test
    void aTestTakingTenMicrosecondsOrLessShowsNoDuration() {
        assertThat(Durations.test(0, OFF)).isEmpty();
        assertThat(Durations.test(0.01, OFF)).isEmpty();
        assertThat(Durations.test(0.0101, OFF)).isEqualTo("[0.01ms]");
    }

    @Test
    void testDurationsAreMillisecondsWithTwoDecimalsStyledBySpeed() {
        assertThat(Durations.test(0.276, OFF)).isEqualTo("[0.28ms]");
        assertThat(Durations.test(1602.48, OFF)).isEqualTo("[1602.48ms]");
        assertThat(Durations.test(10, ON)).isEqualTo("\u001b[0m\u001b[2m[10.00ms\u001b[0m\u001b[2m]\u001b[0m");
        assertThat(Durations.test(30.64, ON)).isEqualTo("\u001b[0m\u001b[2m[\u001b[1m30.64ms\u001b[0m\u001b[2m]\u001b[0m");
        assertThat(Durations.test(8000, ON)).isEqualTo("\u001b[0m\u001b[2m[\u001b[0m\u001b[33m8000.00ms\u001b[0m\u001b[2m]\u001b[0m");
    }

    @Test
    void theRunIsWholeMillisecondsThenSecondsAbove1500() {
        assertThat(Durations.run(174.9, OFF)).isEqualTo("[174.00ms]");
        assertThat(Durations.run(1500.7, OFF)).isEqualTo("[1500.00ms]");
        assertThat(Durations.run(1640, OFF)).isEqualTo("[1.64s]");
        assertThat(Durations.run(53, ON)).isEqualTo("\u001b[0m\u001b[2m[\u001b[1m53.00ms\u001b[0m\u001b[2m]\u001b[0m");
    }

    @Test
    void junitTimesAreSeconds() {
        assertThat(Durations.junitTestSeconds(0.286)).isEqualTo("0.000286");
        assertThat(Durations.junitTestSeconds(30.704)).isEqualTo("0.030704");
        assertThat(Durations.junitTestSeconds(0.0004)).isEqualTo("0");
        assertThat(Durations.junitTestSeconds(1500)).isEqualTo("1.5");
        assertThat(Durations.plain(13.95273 / 1000)).isEqualTo("0.01395273");
        assertThat(Durations.plain(0.000465088)).isEqualTo("0.000465088");
        assertThat(Durations.plain(0)).isEqualTo("0");
        assertThat(Durations.plain(2.0)).isEqualTo("2");
    }
}
