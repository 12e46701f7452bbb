package dev.tempo.tui.screen;

import dev.tempo.themes.Role;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns text coloured with SGR escapes (what the engine's reporters print) into lines of themed spans, so
 * the TUI shows the same error blocks in the theme's colours: red is removed/failing, green added,
 * dim muted, cyan a location, yellow a line number.
 */
public final class AnsiText {
    private AnsiText() {}

    public static List<List<Span>> lines(String text) {
        List<List<Span>> out = new ArrayList<>();
        List<Span> line = new ArrayList<>();
        Role role = Role.TEXT;
        boolean bold = false;
        StringBuilder buf = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\u001b' && i + 1 < text.length() && text.charAt(i + 1) == '[') {
                int end = i + 2;
                while (end < text.length() && !Character.isLetter(text.charAt(end))) end++;
                if (end >= text.length()) break;
                flush(buf, line, role, bold);
                if (text.charAt(end) == 'm') {
                    for (String code : text.substring(i + 2, end).split(";")) {
                        int n = code.isEmpty() ? 0 : parse(code);
                        switch (n) {
                            case 0 -> { role = Role.TEXT; bold = false; }
                            case 1 -> bold = true;
                            case 22 -> bold = false;
                            case 2, 90 -> role = Role.MUTED;
                            case 31, 91 -> role = Role.DIFF_REMOVED;
                            case 32, 92 -> role = Role.DIFF_ADDED;
                            case 33, 93 -> role = Role.LINE_NUMBER;
                            case 36, 96, 34, 94 -> role = Role.LOCATION;
                            case 35, 95 -> role = Role.TODO;
                            case 39 -> role = Role.TEXT;
                            default -> { }
                        }
                    }
                }
                i = end + 1;
            } else if (c == '\n') {
                flush(buf, line, role, bold);
                out.add(line);
                line = new ArrayList<>();
                i++;
            } else {
                if (c == '\t') buf.append("  ");
                else if (c >= ' ' || c > 0x7f) buf.append(c);
                i++;
            }
        }
        flush(buf, line, role, bold);
        if (!line.isEmpty()) out.add(line);
        return out;
    }

    private static int parse(String code) {
        try {
            return Integer.parseInt(code);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void flush(StringBuilder buf, List<Span> line, Role role, boolean bold) {
        if (buf.isEmpty()) return;
        line.add(new Span(buf.toString(), role, bold));
        buf.setLength(0);
    }
}
