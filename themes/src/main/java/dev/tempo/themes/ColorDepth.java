package dev.tempo.themes;

import java.util.Map;

/** How many colours the terminal shows; a theme's colours are reduced to it. */
public enum ColorDepth {
    NONE, ANSI16, ANSI256, TRUECOLOR;

    /**
     * Guesses from the environment as terminals advertise it: NO_COLOR (any value but empty) means none,
     * COLORTERM=truecolor/24bit true colour, a TERM naming 256 colours 256, TERM=dumb none, else 16.
     */
    public static ColorDepth detect(Map<String, String> env) {
        String noColor = env.get("NO_COLOR");
        if (noColor != null && !noColor.isEmpty()) return NONE;
        String colorterm = env.getOrDefault("COLORTERM", "");
        if (colorterm.equalsIgnoreCase("truecolor") || colorterm.equalsIgnoreCase("24bit")) return TRUECOLOR;
        String term = env.getOrDefault("TERM", "");
        if (term.equals("dumb")) return NONE;
        if (term.contains("256")) return ANSI256;
        return ANSI16;
    }
}
