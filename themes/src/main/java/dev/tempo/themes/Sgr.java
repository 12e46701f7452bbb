package dev.tempo.themes;

import java.util.ArrayList;
import java.util.List;

/** A style as the parameters of an ANSI SGR escape ({@code ESC [ params m}), for line-oriented output. */
public final class Sgr {
    private Sgr() {}

    /** The parameters ("1;38;5;203"), or "" when the style changes nothing at this depth. */
    public static String params(Style s, ColorDepth depth) {
        List<String> p = new ArrayList<>();
        if (s.bold()) p.add("1");
        if (s.underline()) p.add("4");
        if (s.reverse()) p.add("7");
        color(p, s.fg().at(depth), 30);
        color(p, s.bg().at(depth), 40);
        return String.join(";", p);
    }

    /** base 30 for the foreground, 40 for the background. */
    private static void color(List<String> p, TermColor c, int base) {
        switch (c.kind()) {
            case DEFAULT -> { }
            case ANSI16 -> p.add(String.valueOf(c.value() < 8 ? base + c.value() : base + 60 + c.value() - 8));
            case INDEX256 -> p.add((base + 8) + ";5;" + c.value());
            case RGB -> p.add((base + 8) + ";2;" + (c.value() >> 16 & 0xff) + ";" + (c.value() >> 8 & 0xff) + ";" + (c.value() & 0xff));
        }
    }
}
