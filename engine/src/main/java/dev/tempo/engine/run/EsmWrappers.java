package dev.tempo.engine.run;

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
}
