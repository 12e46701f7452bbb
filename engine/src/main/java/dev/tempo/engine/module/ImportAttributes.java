package dev.tempo.engine.module;

import dev.tempo.engine.module.JsTokens.Kind;
import dev.tempo.engine.module.JsTokens.Lexer;
import dev.tempo.engine.module.JsTokens.Token;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Import attributes ({@code import data from './d.json' with { type: 'json' }}) carried into the path
 * GraalJS asks the file system for. GraalJS accepts no attribute type but "json", and then only for a
 * file it reads as a JSON module (default export only); bun takes json, jsonc, toml, text, file and
 * more, with a named export per top-level key. So the attribute's type moves into the specifier
 * ({@code './d.json#tempo-type=json'}), which the file system serves (see {@link TypedModules}), and the
 * clause goes.
 *
 * <p>A dynamic {@code import(spec, options)} with a second argument becomes
 * {@code __tempo.importWith((__s) => import(__s), spec, options)}: the arrow keeps the import relative
 * to this module, the helper appends the suffix at run time. Lines stay where they were.
 */
final class ImportAttributes {
    /** What follows a specifier to name the type its import attribute asked for. */
    static final String SUFFIX = "#tempo-type=";
    /** Cheap test for text that may hold an attribute clause or a dynamic import. */
    private static final Pattern MAYBE = Pattern.compile("['\"]\\s*(?:with|assert)\\s*\\{|\\bimport\\s*\\(");
    private static final String DYNAMIC = "__tempo.importWith((__s) => import(__s), ";

    private ImportAttributes() {}

    static String rewrite(String code) {
        if (!MAYBE.matcher(code).find()) return code;
        List<Token> tokens = new Lexer(code).tokens();
        StringBuilder out = null;
        int copied = 0;
        for (int i = 1; i + 2 < tokens.size(); i++) {
            Token t = tokens.get(i);
            String replacement = null;
            int end = -1;
            if (t.kind == Kind.STRING && isStaticSource(tokens, i)) {
                int close = closing(tokens, i + 2);
                if (close < 0) continue;
                String type = typeOf(tokens, i + 3, close);
                String spec = t.text.substring(1, t.text.length() - 1);
                char q = t.text.charAt(0);
                replacement = q + (type == null ? spec : spec + SUFFIX + type) + q + newlines(code, t.end, tokens.get(close).end);
                end = tokens.get(close).end;
            } else if (t.is("import") && tokens.get(i + 1).is("(") && !tokens.get(i - 1).is(".") && hasSecondArgument(tokens, i + 1)) {
                replacement = DYNAMIC;
                end = tokens.get(i + 1).end;
            }
            if (replacement == null) continue;
            if (out == null) out = new StringBuilder(code.length() + 64);
            out.append(code, copied, t.start).append(replacement);
            copied = end;
        }
        if (out == null) return code;
        return out.append(code, copied, code.length()).toString();
    }

    /** A module specifier followed by {@code with {} } or the older {@code assert {} }. */
    private static boolean isStaticSource(List<Token> tokens, int i) {
        Token prev = tokens.get(i - 1);
        if (!prev.is("from") && !prev.is("import")) return false;
        Token kw = tokens.get(i + 1);
        return (kw.is("with") || kw.is("assert")) && tokens.get(i + 2).is("{");
    }

    /** Index of the token closing the bracket at {@code open}, or -1. */
    private static int closing(List<Token> tokens, int open) {
        int depth = tokens.get(open).depth;
        for (int j = open + 1; j < tokens.size(); j++) {
            Token t = tokens.get(j);
            if (t.depth == depth && (t.is("}") || t.is(")") || t.is("]"))) return j;
        }
        return -1;
    }

    /** The value of the {@code type} key between the braces, or null. */
    private static String typeOf(List<Token> tokens, int from, int to) {
        for (int j = from; j + 2 < to; j++) {
            Token k = tokens.get(j);
            boolean isType = k.is("type") || (k.kind == Kind.STRING && k.text.length() == 6 && k.text.substring(1, 5).equals("type"));
            if (isType && tokens.get(j + 1).is(":") && tokens.get(j + 2).kind == Kind.STRING) {
                String v = tokens.get(j + 2).text;
                return v.substring(1, v.length() - 1);
            }
        }
        return null;
    }

    private static boolean hasSecondArgument(List<Token> tokens, int open) {
        int close = closing(tokens, open);
        if (close < 0) return false;
        int depth = tokens.get(open).depth + 1;
        for (int j = open + 1; j < close; j++) {
            if (tokens.get(j).depth == depth && tokens.get(j).is(",")) return j + 1 < close;
        }
        return false;
    }

    /** The line breaks of {@code code[from, to)}, so a removed clause leaves the lines after it in place. */
    private static String newlines(String code, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) if (code.charAt(k) == '\n') sb.append('\n');
        return sb.toString();
    }

    /** The specifier without a type suffix. */
    static String withoutType(String spec) {
        int at = spec.indexOf(SUFFIX);
        return at < 0 ? spec : spec.substring(0, at);
    }
}
