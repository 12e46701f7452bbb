package dev.tempo.engine.discovery;

import java.util.regex.Pattern;

/**
 * A path glob as bunfig and {@code --path-ignore-patterns} write them, matched against '/'-separated paths
 * relative to the project root. {@code **} crosses directories ({@code **}{@code /} may match nothing),
 * {@code *} and {@code ?} stay inside one segment, {@code [abc]}/{@code [!a]} are classes and {@code {a,b}}
 * alternatives. A malformed class is taken literally.
 */
public final class Glob {
    private final String source;
    private final Pattern regex;

    private Glob(String source, Pattern regex) {
        this.source = source;
        this.regex = regex;
    }

    public static Glob compile(String glob) {
        String g = glob.startsWith("./") ? glob.substring(2) : glob;
        return new Glob(glob, Pattern.compile(toRegex(g)));
    }

    public String source() {
        return source;
    }

    /** Whether the relative path (with '/' separators) matches the whole glob. */
    public boolean matches(String relativePath) {
        return regex.matcher(relativePath).matches();
    }

    /** Whether a directory at this relative path is excluded as a whole (matches "dir" or "dir/"). */
    public boolean matchesDirectory(String relativeDir) {
        return regex.matcher(relativeDir).matches() || regex.matcher(relativeDir + "/").matches();
    }

    static String toRegex(String g) {
        StringBuilder re = new StringBuilder();
        int braces = 0;
        for (int i = 0; i < g.length(); i++) {
            char c = g.charAt(i);
            switch (c) {
                case '*' -> {
                    if (i + 1 < g.length() && g.charAt(i + 1) == '*') {
                        i++;
                        if (i + 1 < g.length() && g.charAt(i + 1) == '/') {
                            i++;
                            re.append("(?:.*/)?");
                        } else {
                            re.append(".*");
                        }
                    } else {
                        re.append("[^/]*");
                    }
                }
                case '?' -> re.append("[^/]");
                case '[' -> {
                    int close = g.indexOf(']', i + 2);
                    if (close < 0) {
                        re.append("\\[");
                    } else {
                        String body = g.substring(i + 1, close);
                        re.append('[');
                        int k = 0;
                        if (body.startsWith("!") || body.startsWith("^")) { re.append('^'); k = 1; }
                        for (; k < body.length(); k++) {
                            char b = body.charAt(k);
                            if (b == '\\' || b == '[' || b == '&' || b == '^') re.append('\\');
                            re.append(b);
                        }
                        re.append(']');
                        i = close;
                    }
                }
                case '{' -> { braces++; re.append("(?:"); }
                case '}' -> {
                    if (braces > 0) { braces--; re.append(')'); } else re.append("\\}");
                }
                case ',' -> re.append(braces > 0 ? "|" : ",");
                case '\\' -> {
                    if (i + 1 < g.length()) re.append(Pattern.quote(String.valueOf(g.charAt(++i))));
                    else re.append("\\\\");
                }
                default -> {
                    if ("().+|^$".indexOf(c) >= 0) re.append('\\');
                    re.append(c);
                }
            }
        }
        while (braces-- > 0) re.append(')');
        return re.toString();
    }

    @Override
    public String toString() {
        return source;
    }
}
