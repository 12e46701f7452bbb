package dev.tempo.engine.report;

import java.util.regex.Pattern;

/** ANSI SGR colours for the line reporters, and stripping them when colour is off. */
public final class Ansi {
    private static final Pattern SGR = Pattern.compile("\u001b\\[[0-9;]*m");

    private final boolean on;

    public Ansi(boolean on) {
        this.on = on;
    }

    public boolean on() {
        return on;
    }

    public static String strip(String s) {
        return s == null ? null : SGR.matcher(s).replaceAll("");
    }

    /** The text as it should be printed: colour codes kept only when colour is on. */
    public String text(String s) {
        return on ? s : strip(s);
    }

    private String wrap(String code, String s) {
        return on ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
    }

    public String green(String s) { return wrap("32", s); }
    public String red(String s) { return wrap("31", s); }
    public String yellow(String s) { return wrap("33", s); }
    public String magenta(String s) { return wrap("35", s); }
    public String dim(String s) { return wrap("2", s); }
    public String bold(String s) { return wrap("1", s); }
}
