package dev.tempo.engine.report;

import dev.tempo.themes.ColorDepth;
import dev.tempo.themes.Role;
import dev.tempo.themes.Sgr;
import dev.tempo.themes.Theme;
import java.util.HashMap;
import java.util.Map;

/**
 * ANSI SGR styling for the console reporters.
 *
 * <p>Templates use short tags in angle brackets, the way bun's own format strings read: {@code <r>}
 * reset, {@code <b>} bold, {@code <d>} dim, {@code <i>} italic, and the colours {@code <red>},
 * {@code <green>}, {@code <yellow>}, {@code <blue>}, {@code <magenta>}, {@code <cyan>}, and the statuses
 * {@code <pass>}, {@code <fail>}, {@code <skip>}, {@code <todo>} (bun's green, red, yellow, magenta). With
 * colour on each tag becomes its escape sequence; with colour off the tags vanish. Only templates go
 * through {@link #fmt}; user text (test names, messages, source) is appended as it is, or passed through
 * {@link #text} when it may carry colour of its own.
 *
 * <p>By default the colours are bun's. With a theme ({@link #themed}) each tag takes the style of a theme
 * role: the statuses their own roles, dim {@code muted}, red {@code error}, green {@code pass}, yellow
 * {@code line-number}, magenta {@code todo}, cyan {@code location}, blue {@code focus}; and the colours
 * inside matcher messages become the diff roles (red {@code diff-removed}, green {@code diff-added}).
 */
public final class Ansi {
    public static final String ESC = "\u001b[";

    private static final Map<String, String> TAGS = Map.ofEntries(
            Map.entry("r", ESC + "0m"),
            Map.entry("b", ESC + "1m"),
            Map.entry("d", ESC + "2m"),
            Map.entry("i", ESC + "3m"),
            Map.entry("red", ESC + "31m"),
            Map.entry("green", ESC + "32m"),
            Map.entry("yellow", ESC + "33m"),
            Map.entry("blue", ESC + "34m"),
            Map.entry("magenta", ESC + "35m"),
            Map.entry("cyan", ESC + "36m"),
            Map.entry("pass", ESC + "32m"),
            Map.entry("fail", ESC + "31m"),
            Map.entry("skip", ESC + "33m"),
            Map.entry("todo", ESC + "35m"));

    /** Which role each colour tag takes under a theme. */
    private static final Map<String, Role> TAG_ROLES = Map.ofEntries(
            Map.entry("d", Role.MUTED),
            Map.entry("red", Role.ERROR),
            Map.entry("green", Role.PASS),
            Map.entry("yellow", Role.LINE_NUMBER),
            Map.entry("blue", Role.FOCUS),
            Map.entry("magenta", Role.TODO),
            Map.entry("cyan", Role.LOCATION),
            Map.entry("pass", Role.PASS),
            Map.entry("fail", Role.FAIL),
            Map.entry("skip", Role.SKIP),
            Map.entry("todo", Role.TODO));

    private static final Ansi ON = new Ansi(true, TAGS, null);
    private static final Ansi OFF = new Ansi(false, TAGS, null);

    private final boolean on;
    private final Map<String, String> tags;
    /** Under a theme: the SGR colour parameters matcher messages use, to the theme's escape; null for bun's colours. */
    private final Map<Integer, String> messageColors;

    private Ansi(boolean on, Map<String, String> tags, Map<Integer, String> messageColors) {
        this.on = on;
        this.tags = tags;
        this.messageColors = messageColors;
    }

    /** bun's colours, or none. */
    public static Ansi of(boolean color) {
        return color ? ON : OFF;
    }

    /** Colour in a theme's styles, reduced to the terminal's depth (at least the 16 ANSI colours: colour is on). */
    public static Ansi themed(Theme theme, ColorDepth depth) {
        ColorDepth d = depth == ColorDepth.NONE ? ColorDepth.ANSI16 : depth;
        Map<String, String> tags = new HashMap<>(TAGS);
        TAG_ROLES.forEach((tag, role) -> tags.put(tag, escape(theme, role, d)));
        Map<Integer, String> colors = new HashMap<>();
        for (int bright : new int[] {0, 60}) {
            colors.put(31 + bright, escape(theme, Role.DIFF_REMOVED, d));
            colors.put(32 + bright, escape(theme, Role.DIFF_ADDED, d));
            colors.put(33 + bright, escape(theme, Role.LINE_NUMBER, d));
            colors.put(34 + bright, escape(theme, Role.LOCATION, d));
            colors.put(35 + bright, escape(theme, Role.TODO, d));
            colors.put(36 + bright, escape(theme, Role.LOCATION, d));
        }
        colors.put(2, escape(theme, Role.MUTED, d));
        return new Ansi(true, Map.copyOf(tags), Map.copyOf(colors));
    }

    private static String escape(Theme theme, Role role, ColorDepth depth) {
        String params = Sgr.params(theme.style(role), depth);
        return params.isEmpty() ? "" : ESC + params + "m";
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
                    String code = tags.get(template.substring(i + 1, close));
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
        if (!on) return strip(s);
        return messageColors == null ? s : recolor(s);
    }

    /** The text with each SGR colour parameter the theme restyles replaced by the theme's escape. */
    private String recolor(String s) {
        if (s == null || s.indexOf('\u001b') < 0) return s;
        StringBuilder sb = new StringBuilder(s.length() + 16);
        int i = 0;
        while (i < s.length()) {
            int start = s.indexOf(ESC, i);
            if (start < 0) break;
            int end = start + ESC.length();
            while (end < s.length() && (Character.isDigit(s.charAt(end)) || s.charAt(end) == ';')) end++;
            if (end >= s.length() || s.charAt(end) != 'm') {
                sb.append(s, i, start + ESC.length());
                i = start + ESC.length();
                continue;
            }
            sb.append(s, i, start);
            StringBuilder plain = new StringBuilder();
            for (String param : s.substring(start + ESC.length(), end).split(";", -1)) {
                String themed = param.isEmpty() || param.length() > 3 ? null : messageColors.get(Integer.parseInt(param));
                if (themed == null) {
                    plain.append(plain.isEmpty() ? "" : ";").append(param);
                } else {
                    if (!plain.isEmpty()) sb.append(ESC).append(plain).append('m');
                    plain.setLength(0);
                    sb.append(themed);
                }
            }
            if (!plain.isEmpty() || s.substring(start + ESC.length(), end).isEmpty()) sb.append(ESC).append(plain).append('m');
            i = end + 1;
        }
        sb.append(s, i, s.length());
        return sb.toString();
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
