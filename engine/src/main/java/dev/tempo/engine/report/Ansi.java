package dev.tempo.engine.report;

import java.util.Map;

/**
 * ANSI SGR styling for the console reporters.
 *
 * <p>Templates use short tags in angle brackets, the way bun's own format strings read: {@code <r>}
 * reset, {@code <b>} bold, {@code <d>} dim, {@code <i>} italic, and the colours {@code <red>},
 * {@code <green>}, {@code <yellow>}, {@code <blue>}, {@code <magenta>}, {@code <cyan>}. With colour on
 * each tag becomes its escape sequence; with colour off the tags vanish. Only templates go through
 * {@link #fmt}; user text (test names, messages, source) is appended as it is, or passed through
 * {@link #text} when it may carry colour of its own.
 */
public final class Ansi {
    public static final String ESC = "\u001b[";

    private static final Map<String, String> TAGS = Map.of(
            "r", ESC + "0m",
            "b", ESC + "1m",
            "d", ESC + "2m",
            "i", ESC + "3m",
            "red", ESC + "31m",
            "green", ESC + "32m",
            "yellow", ESC + "33m",
            "blue", ESC + "34m",
            "magenta", ESC + "35m",
            "cyan", ESC + "36m");

    private static final Ansi ON = new Ansi(true);
    private static final Ansi OFF = new Ansi(false);

    private final boolean on;

    private Ansi(boolean on) {
        this.on = on;
    }

    public static Ansi of(boolean color) {
        return color ? ON : OFF;
    }

    public boolean on() {
        return on;
    }

    /** The template with its tags turned into escape sequences, or removed when colour is off. */
    public String fmt(String template) {
        StringBuilder sb = new StringBuilder(template.length() + 16);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '<') {
                int close = template.indexOf('>', i + 1);
                if (close > 0) {
                    String code = TAGS.get(template.substring(i + 1, close));
                    if (code != null) {
                        if (on) sb.append(code);
                        i = close + 1;
                        continue;
                    }
                }
            }
            sb.append(c);
            i++;
        }
        return sb.toString();
    }

    /** Text that may contain escape sequences (matcher messages): kept with colour on, stripped otherwise. */
    public String text(String s) {
        return on ? s : strip(s);
    }

    /**
     * The string without ANSI escape sequences: CSI sequences ({@code ESC [ params final}), OSC
     * sequences ({@code ESC ] ... BEL} or {@code ESC ] ... ESC \}), character-set escapes ({@code ESC ( B})
     * and any other two-byte escape.
     */
    public static String strip(String s) {
        if (s == null || s.indexOf('\u001b') < 0) return s;
        StringBuilder sb = new StringBuilder(s.length());
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c != '\u001b') {
                sb.append(c);
                i++;
                continue;
            }
            if (i + 1 >= n) break;
            char kind = s.charAt(i + 1);
            i += 2;
            if (kind == '[') {
                while (i < n && (s.charAt(i) < 0x40 || s.charAt(i) > 0x7e)) i++;
                if (i < n) i++;
            } else if (kind == ']') {
                while (i < n && s.charAt(i) != '\u0007' && !(s.charAt(i) == '\u001b' && i + 1 < n && s.charAt(i + 1) == '\\')) i++;
                if (i < n) i += s.charAt(i) == '\u0007' ? 1 : 2;
            } else if (kind >= 0x20 && kind <= 0x2f) {
                while (i < n && s.charAt(i) >= 0x20 && s.charAt(i) <= 0x2f) i++;
                if (i < n) i++;
            }
        }
        return sb.toString();
    }
}
