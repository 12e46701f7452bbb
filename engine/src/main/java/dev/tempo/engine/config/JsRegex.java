package dev.tempo.engine.config;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Compiles a JavaScript regular expression source (what bun's {@code -t} takes, without slashes or flags)
 * into a {@link Pattern} that behaves the same for the cases that differ in syntax:
 * <ul>
 *   <li>a {@code {} that does not start a quantifier is a literal in JS, an error in Java;</li>
 *   <li>inside a character class, {@code [} and {@code &&} are literals in JS, nesting/intersection in Java;</li>
 *   <li>{@code [^]} matches any character and {@code []} matches nothing in JS;</li>
 *   <li>{@code \v} is the vertical tab in JS, a class in Java; an unknown letter escape such as {@code \Q},
 *       {@code \e}, {@code \z}, {@code \h} is just the letter in JS;</li>
 *   <li>{@code $} matches only at the very end in JS (no {@code m} flag); Java's also before a final newline.</li>
 * </ul>
 * Not translated: unicode-mode escapes ({@code \p{..}}, {@code &#92;u{..}}), and JS-invalid sources that Java
 * happens to accept (such as possessive quantifiers).
 */
public final class JsRegex {
    private JsRegex() {}

    /** @throws PatternSyntaxException when the source is not a valid regular expression */
    public static Pattern compile(String jsSource) {
        return Pattern.compile(translate(jsSource));
    }

    static String translate(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        boolean inClass = false;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\') {
                if (i + 1 >= s.length()) {
                    throw new PatternSyntaxException("\\ at end of pattern", s, i);
                }
                char n = s.charAt(i + 1);
                i += 2;
                if (n == 'v') {
                    out.append("\\x0B");
                } else if (Character.isLetter(n) && "dDwWsSbBnrtfcxuk".indexOf(n) < 0) {
                    out.append(n); // JS identity escape of a letter Java would reject or read differently
                } else {
                    out.append('\\').append(n);
                }
                continue;
            }
            if (inClass) {
                if (c == ']') {
                    inClass = false;
                    out.append(c);
                } else if (c == '[' || c == '&') {
                    out.append('\\').append(c);
                } else {
                    out.append(c);
                }
                i++;
                continue;
            }
            switch (c) {
                case '[' -> {
                    if (s.startsWith("[^]", i)) {
                        out.append("[\\s\\S]");
                        i += 3;
                    } else if (s.startsWith("[]", i)) {
                        out.append("(?!)");
                        i += 2;
                    } else {
                        inClass = true;
                        out.append('[');
                        i++;
                        if (i < s.length() && s.charAt(i) == '^') { out.append('^'); i++; }
                        if (i < s.length() && s.charAt(i) == ']') { out.append("\\]"); i++; }
                    }
                }
                case '{' -> {
                    int end = quantifierEnd(s, i);
                    if (end < 0) {
                        out.append("\\{");
                        i++;
                    } else {
                        out.append(s, i, end);
                        i = end;
                    }
                }
                case '}' -> { out.append("\\}"); i++; }
                case '$' -> { out.append("(?![\\s\\S])"); i++; }
                default -> { out.append(c); i++; }
            }
        }
        return out.toString();
    }

    /** If s[i] starts {n}, {n,} or {n,m}, the index after its closing brace; otherwise -1. */
    private static int quantifierEnd(String s, int i) {
        int j = i + 1;
        int digits = 0;
        while (j < s.length() && Character.isDigit(s.charAt(j))) { j++; digits++; }
        if (digits == 0) return -1;
        if (j < s.length() && s.charAt(j) == ',') {
            j++;
            while (j < s.length() && Character.isDigit(s.charAt(j))) j++;
        }
        return j < s.length() && s.charAt(j) == '}' ? j + 1 : -1;
    }
}
