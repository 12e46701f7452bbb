package dev.tempo.engine.report;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A quick, line-at-a-time JavaScript/TypeScript colouring for source excerpts, matching how bun
 * colours the lines above a failure: keywords by kind (control and declarations magenta, TypeScript
 * words blue, literals like {@code true}/{@code null}/{@code this} yellow, {@code delete} red),
 * strings green, numbers yellow, {@code ;} dim, a method call's {@code .name} italic bold, the class
 * after {@code new} bold, a name after {@code type}/{@code interface}/... bold blue, comments dim. It
 * is a scanner, not a parser: any line is accepted. Lines that are empty, longer than 2048 characters
 * or not plain ASCII are left as they are, as bun does.
 */
public final class JsHighlighter {
    private static final int MAX = 2048;

    private enum Kind { CONTROL, TYPE, LITERAL, DANGER }

    private static final Map<String, Kind> KEYWORDS = new HashMap<>();

    static {
        for (String k : ("async await break case catch class const continue debugger default do else export extends"
                + " finally for function if import in instanceof let new package return static super switch throw try"
                + " typeof var void while with yield").split(" ")) KEYWORDS.put(k, Kind.CONTROL);
        for (String k : ("abstract as enum implements interface private protected public type string number boolean"
                + " symbol any object unknown never namespace declare readonly").split(" ")) KEYWORDS.put(k, Kind.TYPE);
        for (String k : "undefined false null this true".split(" ")) KEYWORDS.put(k, Kind.LITERAL);
        KEYWORDS.put("delete", Kind.DANGER);
    }

    /** Keywords after which the next name is a declared type name. */
    private static final Set<String> DECLARES_TYPE = Set.of("abstract", "namespace", "declare", "type", "interface");

    private final Ansi a;

    public JsHighlighter(Ansi ansi) {
        this.a = ansi;
    }

    public String highlight(String line) {
        if (!a.on() || line.isEmpty() || line.length() > MAX || !isAscii(line)) return line;
        StringBuilder out = new StringBuilder(line.length() * 2);
        scan(line, out);
        return out.toString();
    }

    private void scan(String s, StringBuilder out) {
        String prev = null;
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (isIdentStart(c)) {
                int end = identEnd(s, i + 1);
                String word = s.substring(i, end);
                Kind kind = KEYWORDS.get(word);
                if (kind != null) {
                    if (!word.equals("as")) prev = word;
                    out.append(a.fmt("<r>" + colour(kind))).append(word).append(a.fmt("<r>"));
                } else if ("new".equals(prev)) {
                    prev = null;
                    if (end < n && s.charAt(end) == '(') out.append(a.fmt("<r><b>")).append(word).append(a.fmt("<r>"));
                    else out.append(word);
                } else if (prev != null && DECLARES_TYPE.contains(prev)) {
                    prev = null;
                    out.append(a.fmt("<r><b><blue>")).append(word).append(a.fmt("<r>"));
                } else if ("import".equals(prev) && word.equals("from")) {
                    prev = null;
                    out.append(a.fmt("<r><magenta>")).append(word).append(a.fmt("<r>"));
                } else {
                    out.append(word);
                }
                i = end;
            } else if (c >= '0' && c <= '9') {
                prev = null;
                int end = numberEnd(s, i);
                out.append(a.fmt("<r><yellow>")).append(s, i, end).append(a.fmt("<r>"));
                i = end;
            } else if (c == '"' || c == '\'' || c == '`') {
                prev = null;
                i = string(s, i, out);
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '/') {
                prev = null;
                out.append(a.fmt("<r><d>")).append(s, i, n).append(a.fmt("<r>"));
                i = n;
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*' && s.indexOf("*/", i + 2) >= 0) {
                prev = null;
                int end = s.indexOf("*/", i + 2) + 2;
                out.append(a.fmt("<r><d>")).append(s, i, end).append(a.fmt("<r>"));
                i = end;
            } else if (c == '{' || c == '}') {
                if (!"import".equals(prev)) prev = null;
                out.append(c);
                i++;
            } else if (c == '[' || c == ']' || c == '/') {
                prev = null;
                out.append(c);
                i++;
            } else if (c == ';') {
                prev = null;
                out.append(a.fmt("<r><d>;<r>"));
                i++;
            } else if (c == '.') {
                prev = null;
                if (i + 1 < n && (isIdentStart(s.charAt(i + 1)) || s.charAt(i + 1) == '#')) {
                    int end = identEnd(s, i + 2);
                    if (end < n && s.charAt(end) == '(') {
                        out.append(a.fmt("<r><i><b>")).append(s, i, end).append(a.fmt("<r>"));
                        i = end;
                        continue;
                    }
                }
                out.append('.');
                i++;
            } else if (c == '<') {
                prev = null;
                out.append(a.fmt("<r><<r>"));
                i++;
            } else {
                out.append(c);
                i++;
            }
        }
    }

    /** A string or template literal from its opening quote; template substitutions are coloured as code. */
    private int string(String s, int start, StringBuilder out) {
        char quote = s.charAt(start);
        int n = s.length();
        int from = start;
        int i = start + 1;
        while (i < n && s.charAt(i) != quote) {
            if (quote == '`' && s.charAt(i) == '$' && i + 1 < n && s.charAt(i + 1) == '{') {
                out.append(a.fmt("<r><green>")).append(s, from, i).append(a.fmt("<r>")).append("${");
                int close = i + 2;
                int depth = 1;
                while (close < n) {
                    char c = s.charAt(close);
                    if (c == '\\') close++;
                    else if (c == '{') depth++;
                    else if (c == '}' && --depth == 0) break;
                    close++;
                }
                close = Math.min(close, n);
                scan(s.substring(i + 2, close), out);
                if (close < n) {
                    out.append('}');
                    close++;
                }
                from = close;
                i = close;
                continue;
            }
            if (s.charAt(i) == '\\' && i + 1 < n) i++;
            i++;
        }
        if (i < n) i++;
        if (i > from) out.append(a.fmt("<r><green>")).append(s, from, i).append(a.fmt("<r>"));
        return i;
    }

    private static String colour(Kind kind) {
        return switch (kind) {
            case CONTROL -> "<magenta>";
            case TYPE -> "<blue>";
            case LITERAL -> "<yellow>";
            case DANGER -> "<red>";
        };
    }

    private static int numberEnd(String s, int i) {
        int n = s.length();
        int j = i + 1;
        if (s.charAt(i) == '0' && j < n && (s.charAt(j) == 'x' || s.charAt(j) == 'X')) {
            j++;
            while (j < n && Character.digit(s.charAt(j), 16) >= 0) j++;
            return j;
        }
        while (j < n && "0123456789.eExXbBoO_n".indexOf(s.charAt(j)) >= 0) j++;
        return j;
    }

    private static int identEnd(String s, int i) {
        while (i < s.length() && isIdentPart(s.charAt(i))) i++;
        return i;
    }

    private static boolean isIdentStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
    }

    private static boolean isIdentPart(char c) {
        return isIdentStart(c) || (c >= '0' && c <= '9');
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) > 0x7f) return false;
        return true;
    }
}
