package dev.tempo.tui.screen;

import dev.tempo.themes.Role;
import dev.tempo.tui.screen.model.Status;

/** The symbol and role of each status; running ones spin. */
final class Symbols {
    private static final String SPINNER = "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏";

    private Symbols() {}

    static String of(Status s, long nowMillis) {
        return switch (s) {
            case PASS -> "✓";
            case FAIL -> "✗";
            case SKIP -> "»";
            case TODO -> "✎";
            case RUNNING -> String.valueOf(SPINNER.charAt((int) (nowMillis / 80 % SPINNER.length())));
            case QUEUED -> "○";
            case IDLE -> "·";
        };
    }

    static Role role(Status s) {
        return switch (s) {
            case PASS -> Role.PASS;
            case FAIL -> Role.FAIL;
            case SKIP -> Role.SKIP;
            case TODO -> Role.TODO;
            case RUNNING, QUEUED -> Role.RUNNING;
            case IDLE -> Role.MUTED;
        };
    }

    static String duration(double millis) {
        if (millis <= 0) return "";
        if (millis < 1) return "<1ms";
        if (millis < 1000) return Math.round(millis) + "ms";
        return String.format("%.2fs", millis / 1000);
    }
}
