package dev.tempo.engine.run;

import dev.tempo.engine.js.JsLiterals;
import java.util.Set;
import java.util.regex.Pattern;
import org.graalvm.polyglot.Value;

/**
 * ES module text standing in for a value that is not an ES module (a CommonJS file's exports, a node
 * builtin, the test API): a default export plus one named export per own key that can be a binding.
 */
final class EsmWrappers {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][\\w$]*");
    private static final Set<String> RESERVED = Set.of("break", "case", "catch", "class", "const", "continue", "debugger",
            "default", "delete", "do", "else", "enum", "export", "extends", "false", "finally", "for", "function", "if",
            "import", "in", "instanceof", "new", "null", "return", "super", "switch", "this", "throw", "true", "try",
            "typeof", "var", "void", "while", "with", "yield", "let", "static", "implements", "interface", "package",
            "private", "protected", "public", "await", "arguments", "eval");

    private EsmWrappers() {}

    /**
     * @param access    JS expression that yields the value (evaluated once in the wrapper)
     * @param value     the value itself, read now for its keys
     * @param interop   honour {@code __esModule}: the default export is {@code exports.default}
     */
    static String of(String access, Value value, boolean interop) {
        return of(access, value, interop, null);
    }

    /**
     * As {@link #of(String, Value, boolean)}; with a {@code liveKey} the bindings are {@code let}s that a
     * later {@code mock.module()} of that key updates (bun updates modules imported before the mock):
     * each export the new exports have takes its value, the others keep theirs.
     */
    static String of(String access, Value value, boolean interop, String liveKey) {
        if (liveKey != null) {
            return live(access, value, interop ? "(__m != null && __m.__esModule && 'default' in __m) ? __m.default : __m" : "__m", liveKey);
        }
        StringBuilder sb = new StringBuilder("const __m = ").append(access).append(";\n");
        if (interop) {
            sb.append("export default (__m != null && __m.__esModule && 'default' in __m) ? __m.default : __m;\n");
        } else {
            sb.append("export default __m;\n");
        }
        if (value != null && value.hasMembers()) {
            StringBuilder names = new StringBuilder();
            for (String k : value.getMemberKeys()) {
                if (!IDENTIFIER.matcher(k).matches() || RESERVED.contains(k) || k.equals("__m")) continue;
                if (names.length() > 0) names.append(", ");
                names.append(k).append(" = __m.").append(k);
            }
            if (names.length() > 0) sb.append("export const ").append(names).append(";\n");
        }
        return sb.toString();
    }

    /**
     * The ES module standing in for a mocked module: the mock's exports as named exports; the default
     * export is their {@code default} when they have one, else what the API that mocked it gives
     * ({@code __tempo.mockDefault}).
     */
    static String mock(String access, Value value, String key) {
        return live(access, value, "__tempo.mockDefault(" + JsLiterals.string(key) + ", __m)", key);
    }

    private static String live(String access, Value value, String defaultExpr, String key) {
        StringBuilder sb = new StringBuilder("const __m = ").append(access).append(";\n");
        sb.append("let __default = ").append(defaultExpr).append(";\nexport { __default as default };\n");
        StringBuilder update = new StringBuilder("__tempo.live(").append(JsLiterals.string(key))
                .append(", (__n) => { if (__n == null) return; if (typeof __n === 'object' && 'default' in __n) __default = __n.default; ");
        if (value != null && value.hasMembers()) {
            StringBuilder names = new StringBuilder();
            for (String k : value.getMemberKeys()) {
                if (!IDENTIFIER.matcher(k).matches() || RESERVED.contains(k) || k.equals("__m") || k.equals("__n") || k.equals("__default")) continue;
                if (names.length() > 0) names.append(", ");
                names.append(k).append(" = __m.").append(k);
                update.append("if ('").append(k).append("' in __n) ").append(k).append(" = __n.").append(k).append("; ");
            }
            if (names.length() > 0) sb.append("export let ").append(names).append(";\n");
        }
        sb.append(update).append("});\n");
        return sb.toString();
    }
}
