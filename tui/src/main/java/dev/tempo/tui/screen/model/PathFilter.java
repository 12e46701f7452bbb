package dev.tempo.tui.screen.model;

import java.util.regex.Pattern;

/**
 * The {@code p} filter on file paths: a substring, or a glob when it holds '*', '?' or '['. Blank: every
 * file. {@link #regex()} is the same filter for the watch session, which matches regexes.
 */
public record PathFilter(String text) {
    public static final PathFilter NONE = new PathFilter("");

    public boolean isEmpty() {
        return text == null || text.isBlank();
    }

    public boolean matches(String path) {
        if (isEmpty()) return true;
        return Pattern.compile(regex()).matcher(path).find();
    }

    public String regex() {
        if (isEmpty()) return null;
        if (!text.matches(".*[*?\\[].*")) return Pattern.quote(text);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '*') {
                boolean deep = i + 1 < text.length() && text.charAt(i + 1) == '*';
                sb.append(deep ? ".*" : "[^/]*");
                if (deep) i++;
            } else if (c == '?') {
                sb.append("[^/]");
            } else if (c == '[') {
                int end = text.indexOf(']', i);
                if (end < 0) sb.append("\\[");
                else {
                    sb.append(text, i, end + 1);
                    i = end;
                }
            } else {
                sb.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return sb.toString();
    }
}
