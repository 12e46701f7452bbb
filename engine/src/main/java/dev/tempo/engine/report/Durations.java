package dev.tempo.engine.report;

import java.util.Locale;

/** Durations as bun prints them: milliseconds with two decimals. */
public final class Durations {
    private Durations() {}

    public static String millis(double ms) {
        return String.format(Locale.ROOT, "%.2fms", ms);
    }
}
