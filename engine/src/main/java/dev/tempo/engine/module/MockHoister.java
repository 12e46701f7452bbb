package dev.tempo.engine.module;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import dev.tempo.engine.module.JsTokens.Kind;
import dev.tempo.engine.module.JsTokens.Lexer;
import dev.tempo.engine.module.JsTokens.Token;
import java.util.regex.Pattern;

/**
 * Hoists Jest's and Vitest's module-mock calls above the imports, as babel-plugin-jest-hoist and
 * Vitest do, so a mock is registered before the module it replaces is loaded. It works on the code
 * GraalJS will run (after transpiling) and only when the file calls one of them at top level:
 * <ul>
 *   <li>top-level {@code jest.mock/unmock/deepUnmock(...)},
 *       {@code vi.mock/unmock(...)} and {@code vi.hoisted(...)} (also as {@code const x = vi.hoisted(...)})
 *       move, in order, to the start of line 1, joined into that line so every other line keeps its
 *       number; their callee becomes {@code __tempo.jest}/{@code __tempo.vi} (a {@code jest} imported
 *       or required later is not bound yet);</li>
 *   <li>in an ES module, the static imports become {@code await import()} in place (one statement on the
 *       same lines), so they run after the mocks; imports of the test API (bun:test, @jest/globals,
 *       vitest) stay static. After the hoisted calls, {@code await __tempo.mocksReady()} settles the
 *       async factories of vi.mock.</li>
 * </ul>
 * Imported names become constants: a module's later reassignment of an export is not seen.
 */
public final class MockHoister {
    private static final Pattern CANDIDATE = Pattern.compile(
            "\\b(?:jest|vi)\\s*\\.\\s*(?:mock|unmock|deepUnmock|hoisted)\\s*\\(");
    private static final Set<String> JEST_HOISTED = Set.of("mock", "unmock", "deepUnmock");
    private static final Set<String> VI_HOISTED = Set.of("mock", "unmock", "hoisted");
    private static final Set<String> TEST_API = Set.of("bun:test", "@jest/globals", "vitest", "bun");

    private MockHoister() {}

    /** Whether the code may have calls to hoist (a cheap test before tokenizing). */
    public static boolean mayHoist(String code) {
        return CANDIDATE.matcher(code).find();
    }

    /** The code with its mock calls hoisted; the code itself when there is nothing to hoist. */
    public static String hoist(String code, boolean esm) {
        if (!mayHoist(code)) return code;
        List<Token> tokens = new Lexer(code).tokens();
        List<int[]> hoisted = new ArrayList<>(); // [start, end, calleeStart, calleeEnd]
        List<int[]> imports = new ArrayList<>(); // [start, end]
        boolean viMock = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.depth != 0 || !JsTokens.statementStart(tokens, i)) continue;
            if (esm && t.is("import") && i + 1 < tokens.size() && !tokens.get(i + 1).is("(") && !tokens.get(i + 1).is(".")) {
                int end = importEnd(tokens, i);
                if (end > i) {
                    imports.add(new int[] {i, end});
                    i = end;
                }
                continue;
            }
            int callee = i;
            if (t.is("const") || t.is("let") || t.is("var")) {
                int eq = skipBinding(tokens, i + 1);
                if (eq < 0 || !tokens.get(eq).is("=")) continue;
                callee = eq + 1;
                if (callee < tokens.size() && tokens.get(callee).is("await")) callee++;
                if (!isCall(tokens, callee, "vi", Set.of("hoisted"))) continue;
            } else if (!isCall(tokens, callee, "jest", JEST_HOISTED) && !isCall(tokens, callee, "vi", VI_HOISTED)) {
                continue;
            }
            int end = callEnd(tokens, callee + 3);
            if (end < 0) continue;
            while (end + 3 < tokens.size() && tokens.get(end + 1).is(".") && tokens.get(end + 3).is("(")) {
                int next = callEnd(tokens, end + 3);
                if (next < 0) break;
                end = next;
            }
            if (end + 1 < tokens.size() && tokens.get(end + 1).is(";")) end++;
            if (tokens.get(callee).is("vi") && tokens.get(callee + 2).is("mock")) viMock = true;
            hoisted.add(new int[] {t.start, tokens.get(end).end, tokens.get(callee).start, tokens.get(callee).end});
            i = end;
        }
        if (hoisted.isEmpty()) return code;

        StringBuilder head = new StringBuilder();
        for (int[] h : hoisted) {
            String text = oneLine(code.substring(h[0], h[2]), h[0], tokens) + "__tempo." + oneLine(code.substring(h[2], h[1]), h[2], tokens);
            head.append(text).append(text.endsWith(";") ? " " : "; ");
        }
        if (esm && viMock) head.append("await __tempo.mocksReady(); ");

        StringBuilder out = new StringBuilder(code.length() + head.length() + 64);
        out.append(head);
        int pos = 0;
        int hi = 0, ii = 0;
        while (hi < hoisted.size() || ii < imports.size()) {
            int hs = hi < hoisted.size() ? hoisted.get(hi)[0] : Integer.MAX_VALUE;
            int is = ii < imports.size() ? tokens.get(imports.get(ii)[0]).start : Integer.MAX_VALUE;
            if (hs < is) {
                int[] h = hoisted.get(hi++);
                out.append(code, pos, h[0]).append(blank(code.substring(h[0], h[1])));
                pos = h[1];
            } else {
                int[] im = imports.get(ii++);
                int s = tokens.get(im[0]).start, e = tokens.get(im[1]).end;
                out.append(code, pos, s);
                String dynamic = dynamicImport(code, tokens, im[0], im[1]);
                String original = code.substring(s, e);
                out.append(dynamic == null ? original : dynamic + newlines(original));
                pos = e;
            }
        }
        out.append(code, pos, code.length());
        return out.toString();
    }

    private static boolean isCall(List<Token> tokens, int i, String object, Set<String> methods) {
        return i + 3 < tokens.size() && tokens.get(i).is(object) && tokens.get(i + 1).is(".")
                && methods.contains(tokens.get(i + 2).text) && tokens.get(i + 3).is("(")
                && (i == 0 || !tokens.get(i - 1).is("."));
    }

    /** The index of the ')' closing the '(' at index open, or -1. */
    private static int callEnd(List<Token> tokens, int open) {
        int depth = tokens.get(open).depth;
        for (int j = open + 1; j < tokens.size(); j++) {
            Token t = tokens.get(j);
            if (t.is(")") && t.depth == depth) return j;
        }
        return -1;
    }

    /** Skips an identifier or a balanced destructuring pattern starting at i; returns the index after it. */
    private static int skipBinding(List<Token> tokens, int i) {
        if (i >= tokens.size()) return -1;
        Token t = tokens.get(i);
        if (t.kind == Kind.WORD) return i + 1;
        if (!t.is("{") && !t.is("[")) return -1;
        String close = t.is("{") ? "}" : "]";
        for (int j = i + 1; j < tokens.size(); j++) {
            if (tokens.get(j).is(close) && tokens.get(j).depth == t.depth) return j + 1 < tokens.size() ? j + 1 : -1;
        }
        return -1;
    }

    /** The last token of the import statement starting at i (its source string, or the ';' after it). */
    private static int importEnd(List<Token> tokens, int i) {
        for (int j = i + 1; j < tokens.size(); j++) {
            Token t = tokens.get(j);
            if (t.kind == Kind.STRING && (tokens.get(j - 1).is("from") || j == i + 1)) {
                int end = j;
                if (end + 1 < tokens.size() && (tokens.get(end + 1).is("with") || tokens.get(end + 1).is("assert"))
                        && end + 2 < tokens.size() && tokens.get(end + 2).is("{")) {
                    int k = end + 3;
                    while (k < tokens.size() && !(tokens.get(k).is("}") && tokens.get(k).depth == 0)) k++;
                    end = k;
                }
                if (end + 1 < tokens.size() && tokens.get(end + 1).is(";")) end++;
                return end;
            }
            if (t.is(";")) return -1;
        }
        return -1;
    }

    /** The import statement tokens [from, to] as an await import(); null to keep it static. */
    private static String dynamicImport(String code, List<Token> tokens, int from, int to) {
        int src = -1;
        for (int j = from + 1; j <= to; j++) {
            if (tokens.get(j).kind == Kind.STRING) {
                src = j;
                break;
            }
        }
        if (src < 0) return null;
        String spec = tokens.get(src).text;
        String specValue = spec.substring(1, spec.length() - 1);
        if (TEST_API.contains(specValue)) return null;
        String options = "";
        int after = src + 1;
        if (after <= to && (tokens.get(after).is("with") || tokens.get(after).is("assert"))) {
            int close = after + 1;
            while (close <= to && !(tokens.get(close).is("}") && tokens.get(close).depth == 0)) close++;
            options = ", { with: " + code.substring(tokens.get(after + 1).start, tokens.get(close).end) + " }";
        }
        String call = "await import(" + spec + options + ")";
        if (src == from + 1) return call + ";";
        String defaultName = null, namespace = null;
        StringBuilder named = null;
        int j = from + 1;
        if (tokens.get(j).is("type")) return null; // a type-only import that survived: leave it
        while (j < src) {
            Token t = tokens.get(j);
            if (t.is("from") || t.is(",")) {
                j++;
            } else if (t.is("*")) {
                namespace = tokens.get(j + 2).text; // * as ns
                j += 3;
            } else if (t.is("{")) {
                named = new StringBuilder();
                j++;
                while (j < src && !tokens.get(j).is("}")) {
                    Token name = tokens.get(j);
                    if (name.is(",")) {
                        j++;
                        continue;
                    }
                    if (name.is("type")  && j + 1 < src && tokens.get(j + 1).kind != Kind.PUNCT) {
                        j++;
                        continue;
                    }
                    String imported = name.text;
                    String local = imported;
                    if (j + 2 < src && tokens.get(j + 1).is("as")) {
                        local = tokens.get(j + 2).text;
                        j += 3;
                    } else {
                        j++;
                    }
                    if (named.length() > 0) named.append(", ");
                    named.append(imported.equals(local) ? local : imported + ": " + local);
                }
                j++;
            } else if (t.kind == Kind.WORD) {
                defaultName = t.text;
                j++;
            } else {
                return null;
            }
        }
        if (namespace != null) {
            return "const " + namespace + " = " + call + (defaultName != null ? ", " + defaultName + " = " + namespace + ".default" : "") + ";";
        }
        StringBuilder pattern = new StringBuilder("{ ");
        if (defaultName != null) pattern.append("default: ").append(defaultName);
        if (named != null && named.length() > 0) {
            if (defaultName != null) pattern.append(", ");
            pattern.append(named);
        }
        pattern.append(" }");
        return "const " + pattern + " = " + call + ";";
    }

    /** Text as one line: line comments dropped, line breaks outside template literals made spaces. */
    private static String oneLine(String text, int offset, List<Token> tokens) {
        StringBuilder sb = new StringBuilder(text.length());
        int pos = 0;
        for (Token t : tokens) {
            if (t.end <= offset) continue;
            if (t.start >= offset + text.length()) break;
            int s = t.start - offset, e = t.end - offset;
            if (s < pos) continue;
            sb.append(text.substring(pos, s).replaceAll("//[^\n]*", "").replace('\n', ' ').replace('\r', ' '));
            sb.append(t.kind == Kind.TEMPLATE ? text.substring(s, Math.min(e, text.length())) : text.substring(s, Math.min(e, text.length())).replace('\n', ' '));
            pos = Math.min(e, text.length());
        }
        sb.append(text.substring(pos).replaceAll("//[^\n]*", "").replace('\n', ' '));
        return sb.toString();
    }

    private static String blank(String text) {
        StringBuilder sb = new StringBuilder();
        for (char c : text.toCharArray()) if (c == '\n') sb.append('\n');
        return sb.toString();
    }

    private static String newlines(String text) {
        return blank(text);
    }
}
