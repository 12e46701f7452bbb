package dev.tempo.themes;

import java.util.Locale;

/** The 16 colours every colour terminal has, in SGR order, with typical (xterm) values. */
public enum AnsiColor {
    BLACK(0x000000), RED(0xcd0000), GREEN(0x00cd00), YELLOW(0xcdcd00),
    BLUE(0x0000ee), MAGENTA(0xcd00cd), CYAN(0x00cdcd), WHITE(0xe5e5e5),
    BRIGHT_BLACK(0x7f7f7f), BRIGHT_RED(0xff0000), BRIGHT_GREEN(0x00ff00), BRIGHT_YELLOW(0xffff00),
    BRIGHT_BLUE(0x5c5cff), BRIGHT_MAGENTA(0xff00ff), BRIGHT_CYAN(0x00ffff), BRIGHT_WHITE(0xffffff);

    private final int value;

    AnsiColor(int value) {
        this.value = value;
    }

    public Rgb rgb() {
        return new Rgb(value >> 16 & 0xff, value >> 8 & 0xff, value & 0xff);
    }

    /** 0-15. */
    public int index() {
        return ordinal();
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The colour a theme file names ("bright-red"), or null. */
    public static AnsiColor byKey(String key) {
        for (AnsiColor c : values()) {
            if (c.key().equals(key)) return c;
        }
        return null;
    }
}
