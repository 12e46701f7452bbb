package dev.tempo.engine.module;

import dev.tempo.engine.js.JsLiterals;
import dev.tempo.engine.module.JsTokens.Kind;
import dev.tempo.engine.module.JsTokens.Lexer;
import dev.tempo.engine.module.JsTokens.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes an ES module's exports updatable from outside, so that {@code mock.module()} called after the
 * module was imported changes what its importers see, as bun does: each export that the mock's exports
 * also have takes the mock's value, the others keep theirs, and names only the mock has are not added.
 *
 * <p>The rewrite keeps every line and column where it was: {@code export const} becomes
 * {@code export let  } (a top-level constant that is exported can then be reassigned by the module
 * itself without an error; nothing else changes), and {@code export default <expression>} binds the
 * value to a local {@code __tempo_default} exported as default from a line added at the end (a function
 * given no name is named "default" again there). The updater is an arrow function over the module's
 * local bindings, registered by whoever serves the module. Not live: names bound by destructuring
 * ({@code export const {a} = o}), re-exports ({@code export ... from}), imports exported again.
 */
final class LiveExports {
    private static final String DEFAULT_LOCAL = "__tempo_default";

    /**
     * @param code    the module with its exports made assignable
     * @param updater JS arrow function taking the new exports and assigning the module's bindings; null
     *                when the module exports nothing that can be updated
     */
    record Rewritten(String code, String updater) {}

    private LiveExports() {}

    static Rewritten of(String code) {
        if (!code.contains("export")) return new Rewritten(code, null);
        List<Token> tokens = new Lexer(code).tokens();
        Map<String, String> exported = new LinkedHashMap<>(); // exported name -> local binding
        List<int[]> edits = new ArrayList<>(); // [start, end] replaced by the text at the same index
        List<String> texts = new ArrayList<>();
        boolean defaultNamed = false; // an anonymous default function or class was given the local name
        boolean defaultBound = false; // a default expression was bound to the local name
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.depth != 0 || !t.is("export") || !JsTokens.statementStart(tokens, i) || i + 1 >= tokens.size()) continue;
            Token next = tokens.get(i + 1);
            if (next.is("const") || next.is("let") || next.is("var")) {
                if (next.is("const")) {
                    edits.add(new int[] {next.start, next.end});
                    texts.add("let  ");
                }
                for (String name : declaredNames(tokens, i + 2)) exported.put(name, name);
            } else if (next.is("function") || next.is("class") || (next.is("async") && at(tokens, i + 2, "function"))) {
                String name = declarationName(tokens, i + 1);
                if (name != null) exported.put(name, name);
            } else if (next.is("{")) {
                exportList(tokens, i + 1, exported);
            } else if (next.is("default") && i + 2 < tokens.size()) {
                Token what = tokens.get(i + 2);
                boolean declaration = what.is("function") || what.is("class") || (what.is("async") && at(tokens, i + 3, "function"));
                if (declaration) {
                    String name = declarationName(tokens, i + 2);
                    if (name == null) {
                        // anonymous: give it a local name so the default binding is assignable
                        int after = what.is("async") ? i + 4 : i + 3;
                        Token star = tokens.get(Math.min(after, tokens.size() - 1));
                        int at = star.is("*") ? star.end : tokens.get(after - 1).end;
                        edits.add(new int[] {at, at});
                        texts.add(" " + DEFAULT_LOCAL);
                        name = DEFAULT_LOCAL;
                        defaultNamed = true;
                    }
                    exported.put("default", name);
                } else {
                    edits.add(new int[] {t.start, next.end});
                    texts.add("let " + DEFAULT_LOCAL + " =");
                    exported.put("default", DEFAULT_LOCAL);
                    defaultBound = true;
                }
            }
        }
        if (exported.isEmpty()) return new Rewritten(code, null);
        constantsExportedByList(tokens, exported, edits, texts);
        sortEdits(edits, texts);
        StringBuilder out = new StringBuilder(code.length() + 64);
        int pos = 0;
        for (int k = 0; k < edits.size(); k++) {
            int[] e = edits.get(k);
            out.append(code, pos, e[0]).append(texts.get(k));
            pos = e[1];
        }
        out.append(code, pos, code.length());
        if (defaultNamed || defaultBound) {
            out.append("\n;");
            if (defaultBound) out.append("export { ").append(DEFAULT_LOCAL).append(" as default }; ");
            out.append("if (typeof ").append(DEFAULT_LOCAL)
                    .append(" === 'function' && ").append(DEFAULT_LOCAL).append(".name === '").append(DEFAULT_LOCAL)
                    .append("') Object.defineProperty(").append(DEFAULT_LOCAL).append(", 'name', { value: 'default' });");
        }
        return new Rewritten(out.toString(), updater(exported));
    }

    /** Top-level `const` declarations of names exported by an export list become `let` too. */
    private static void constantsExportedByList(List<Token> tokens, Map<String, String> exported, List<int[]> edits, List<String> texts) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.depth != 0 || !t.is("const") || !JsTokens.statementStart(tokens, i)) continue;
            for (String name : declaredNames(tokens, i + 1)) {
                if (exported.containsValue(name)) {
                    edits.add(new int[] {t.start, t.end});
                    texts.add("let  ");
                    break;
                }
            }
        }
    }

    private static void sortEdits(List<int[]> edits, List<String> texts) {
        Integer[] order = new Integer[edits.size()];
        for (int k = 0; k < order.length; k++) order[k] = k;
        java.util.Arrays.sort(order, (x, y) -> Integer.compare(edits.get(x)[0], edits.get(y)[0]));
        List<int[]> e = new ArrayList<>();
        List<String> tx = new ArrayList<>();
        for (Integer k : order) {
            e.add(edits.get(k));
            tx.add(texts.get(k));
        }
        edits.clear();
        edits.addAll(e);
        texts.clear();
        texts.addAll(tx);
    }

    private static boolean at(List<Token> tokens, int i, String text) {
        return i < tokens.size() && tokens.get(i).is(text);
    }

    /** `(__tempo_n) => { ... }` assigning each export the new exports have (a binding that refuses is left). */
    private static String updater(Map<String, String> exported) {
        StringBuilder sb = new StringBuilder("(__tempo_n) => { if (__tempo_n == null) return; ");
        for (Map.Entry<String, String> e : exported.entrySet()) {
            String key = JsLiterals.string(e.getKey());
            sb.append("if (").append(key).append(" in __tempo_n) try { ").append(e.getValue()).append(" = __tempo_n[")
                    .append(key).append("]; } catch (_) {} ");
        }
        return sb.append('}').toString();
    }

    /** The name of the function or class declared at i (after `async`, `function` and `*`), or null. */
    private static String declarationName(List<Token> tokens, int i) {
        int j = i;
        if (at(tokens, j, "async")) j++;
        j++; // function / class
        if (at(tokens, j, "*")) j++;
        if (j >= tokens.size()) return null;
        Token name = tokens.get(j);
        if (name.kind != Kind.WORD || name.is("extends")) return null;
        return name.text;
    }

    /** The names a let/const/var declaration starting at i binds, destructuring patterns included. */
    private static List<String> declaredNames(List<Token> tokens, int i) {
        List<String> names = new ArrayList<>();
        boolean expectName = true;
        for (int j = i; j < tokens.size(); j++) {
            Token t = tokens.get(j);
            if (expectName && (t.is("{") || t.is("[")) && t.depth == 0) {
                j = patternNames(tokens, j, names);
                expectName = false;
                continue;
            }
            if (t.depth != 0) continue;
            if (t.is(";")) break;
            if (j > i && t.newlineBefore && endsStatement(tokens, j)) break;
            if (expectName) {
                if (t.kind == Kind.WORD) names.add(t.text);
                expectName = false;
            } else if (t.is(",")) {
                expectName = true;
            }
        }
        return names;
    }

    /**
     * The names a destructuring pattern opening at i binds: identifiers followed by `,`, `}`, `]` or `=`
     * that are not a default value (`= x`) or a property read; returns the index of its close.
     */
    private static int patternNames(List<Token> tokens, int open, List<String> names) {
        int depth = tokens.get(open).depth;
        for (int j = open + 1; j < tokens.size(); j++) {
            Token t = tokens.get(j);
            if ((t.is("}") || t.is("]")) && t.depth == depth) return j;
            if (t.kind != Kind.WORD || j + 1 >= tokens.size()) continue;
            Token next = tokens.get(j + 1), prev = tokens.get(j - 1);
            boolean ends = next.is(",") || next.is("}") || next.is("]") || next.is("=");
            boolean spread = j >= 3 && prev.is(".") && tokens.get(j - 2).is(".") && tokens.get(j - 3).is(".");
            boolean value = prev.is("=") || prev.is("?") || (prev.is(".") && !spread);
            if (ends && !value) names.add(t.text);
        }
        return tokens.size() - 1;
    }

    /** Whether a line break before token j ends the declaration (the line before cannot continue). */
    private static boolean endsStatement(List<Token> tokens, int j) {
        Token prev = tokens.get(j - 1);
        Token t = tokens.get(j);
        boolean prevOpen = prev.kind == Kind.PUNCT && !prev.is(")") && !prev.is("]") && !prev.is("}");
        if (prevOpen) return false;
        if (t.kind != Kind.PUNCT) return true;
        return t.is("{") || t.is("}");
    }

    /** `export { a, b as c }` (not followed by `from`): exported name -> local name. */
    private static void exportList(List<Token> tokens, int open, Map<String, String> exported) {
        int close = open + 1;
        while (close < tokens.size() && !(tokens.get(close).is("}") && tokens.get(close).depth == tokens.get(open).depth)) close++;
        if (close >= tokens.size() || at(tokens, close + 1, "from")) return;
        int j = open + 1;
        while (j < close) {
            Token local = tokens.get(j);
            if (local.is(",")) {
                j++;
                continue;
            }
            String name = local.text;
            String as = name;
            if (j + 2 < close + 1 && at(tokens, j + 1, "as")) {
                as = tokens.get(j + 2).text;
                j += 3;
            } else {
                j++;
            }
            if (local.kind != Kind.WORD) continue;
            if (tokens.get(j - 1).kind == Kind.STRING) as = as.substring(1, as.length() - 1);
            exported.put(as, name);
        }
    }
}
